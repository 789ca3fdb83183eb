package io.wirewatch.app;

import io.wirewatch.ingest.FeedPoller;
import io.wirewatch.ingest.FeedScheduler;
import io.wirewatch.ingest.FeedState;
import io.wirewatch.ingest.RawProducer;
import io.wirewatch.ingest.TransportConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Polls RSS/Atom feeds and produces each new entry to wire.raw. */
@Command(name = "poll", mixinStandardHelpOptions = true,
    description = {"Poll RSS/Atom feeds (the URLs given, else every ingest.feeds.<name>.url) and produce each new "
        + "entry to wire.raw as its own single-entry feed. Conditional GET (ETag, If-Modified-Since), per-feed "
        + "interval, backoff on errors; entries already produced (same guid and updated time) are skipped."})
final class PollCommand implements Callable<Integer> {
  @Mixin
  ConfigOption config;

  @Parameters(arity = "0..*", paramLabel = "URL", description = "Feed URLs (default: the configured feeds).")
  List<String> urls = List.of();

  @Option(names = "--interval", paramLabel = "SECONDS", description = "Interval for the URLs given here.")
  Long intervalSeconds;

  @Option(names = "--once", description = "Poll every feed once and exit.")
  boolean once;

  @Override
  public Integer call() throws Exception {
    AppConfig cfg = config.load();
    BrokerCheck.require(cfg);
    TransportConfig t = cfg.ingest().transports();
    List<FeedState> feeds = feeds(t);
    HttpClient client = HttpClient.newBuilder().connectTimeout(t.feedTimeout())
        .followRedirects(HttpClient.Redirect.NORMAL).build();
    try (RawProducer producer = new RawProducer(cfg.clientConfig("producer"), cfg.topicNames(),
        cfg.ingest().maxBytes(), Clock.systemUTC())) {
      FeedScheduler scheduler = new FeedScheduler(
          new FeedPoller(client, producer, Clock.systemUTC(), t.feedTimeout(), t.feedMaxBackoff()), feeds,
          Clock.systemUTC());
      if (once) {
        scheduler.pollAllOnce();
        return feeds.stream().anyMatch(f -> f.failures() > 0) ? 1 : 0;
      }
      Thread main = Thread.currentThread();
      Runtime.getRuntime().addShutdownHook(new Thread(main::interrupt, "wirewatch-poll-stop"));
      System.err.println("wirewatch: polling " + feeds.size() + " feed(s); Ctrl-C stops");
      try {
        scheduler.run();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return 0;
    }
  }

  private List<FeedState> feeds(TransportConfig t) {
    List<FeedState> feeds = new ArrayList<>();
    Duration interval = intervalSeconds != null ? Duration.ofSeconds(intervalSeconds) : t.feedDefaultInterval();
    for (String url : urls) {
      URI uri = TransportConfigs.uri("URL", url);
      feeds.add(new FeedState(uri.getHost() + uri.getPath(), uri, interval));
    }
    if (feeds.isEmpty()) {
      t.feeds().forEach(f -> feeds.add(new FeedState(f.name(), f.url(), f.interval())));
    }
    return feeds;
  }
}
