package io.wirewatch.app;

import io.wirewatch.channels.AlertDispatcher;
import io.wirewatch.ingest.FileSource;
import io.wirewatch.ingest.RawProducer;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Starts everything in-process, replays the bundled sample feed and prints what the pipeline decides. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Start an embedded Kafka broker and the pipeline, replay the bundled sample feed (or "
        + "--feed DIR), print each decision and alert as one line, and keep running until Ctrl-C."})
final class DemoCommand implements Callable<Integer> {
  @Mixin
  ConfigOption config;

  @Option(names = "--feed", paramLabel = "DIR", description = "Replay this folder instead of the bundled feed.")
  Path feed;

  @Option(names = "--pace", paramLabel = "MILLIS", defaultValue = "300",
      description = "Pause between items, so the feed arrives like a wire (default: ${DEFAULT-VALUE} ms).")
  long paceMillis;

  @Option(names = "--once", description = "Exit once every item of the feed has an outcome.")
  boolean once;

  @Override
  public Integer call() throws Exception {
    List<SampleFeed.Entry> entries = feed == null ? SampleFeed.load() : readFolder(feed);
    AppConfig cfg = config.load();
    CountDownLatch stop = new CountDownLatch(1);
    Thread hook = new Thread(stop::countDown, "wirewatch-demo-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    PrintStream out = System.out;
    try (Stack stack = Stack.start(cfg, true)) {
      String base = stack.serveHttp();
      out.println("wirewatch demo: HTTP on " + base);
      out.println("wirewatch demo: newsroom page " + PageUrl.of(base, stack.config().http().token())
          + " (live alerts, stories, figure charts)");
      AlertDispatcher delivery = stack.deliverAlerts(out, new DemoDeliveries(out));
      if (delivery != null) {
        out.println("wirewatch demo: delivering alerts to " + delivery.channelNames());
      }
      out.printf("wirewatch demo: pipeline running; replaying %d items%s%n", entries.size(),
          once ? "" : " (Ctrl-C stops)");
      Set<String> pending = new HashSet<>(entries.stream().map(SampleFeed.Entry::name).toList());
      try (OutcomeReader reader = new OutcomeReader(stack.config())) {
        Thread sender = Thread.ofVirtual().name("demo-feed").start(() -> send(stack.config(), entries));
        java.util.Map<String, java.util.List<Outcome>> seen = new java.util.HashMap<>();
        long graceUntil = Long.MAX_VALUE;
        while (stop.getCount() > 0 && stack.app().failure() == null && System.nanoTime() < graceUntil) {
          for (Outcome o : reader.poll(Duration.ofMillis(200))) {
            String line = OutcomeLine.format(o);
            if (line != null) {
              out.println(line);
            }
            java.util.List<Outcome> list = seen.computeIfAbsent(o.source(), k -> new java.util.ArrayList<>());
            list.add(o);
            if (Replay.isComplete(list)) {
              pending.remove(o.source());
            }
          }
          if (once && pending.isEmpty() && graceUntil == Long.MAX_VALUE) {
            graceUntil = System.nanoTime() + Duration.ofSeconds(2).toNanos();
          }
        }
        sender.join();
      }
      out.println("wirewatch demo: stopping");
      if (stack.app().failure() != null) {
        return 1;
      }
    } finally {
      removeHook(hook);
    }
    return 0;
  }

  private void send(AppConfig cfg, List<SampleFeed.Entry> entries) {
    try (RawProducer producer = new RawProducer(cfg.clientConfig("producer"), cfg.topicNames(),
        cfg.ingest().maxBytes(), Clock.systemUTC())) {
      for (SampleFeed.Entry e : entries) {
        producer.send("demo:" + e.name(), e.name(), e.bytes(), null);
        producer.flush();
        Thread.sleep(paceMillis);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static List<SampleFeed.Entry> readFolder(Path folder) {
    List<SampleFeed.Entry> out = new ArrayList<>();
    for (Path p : FileSource.expand(List.of(folder))) {
      try {
        out.add(new SampleFeed.Entry(p.getFileName().toString(), Files.readAllBytes(p)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + p, e);
      }
    }
    return out;
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is already shutting down
    }
  }
}
