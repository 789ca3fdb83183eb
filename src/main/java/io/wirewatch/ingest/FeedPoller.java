package io.wirewatch.ingest;

import com.rometools.rome.io.FeedException;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls feeds over HTTP and produces each new entry to {@code wire.raw} as its own single-entry feed
 * (key {@code feed:<name>:<entry id>}). Conditional GETs with ETag / If-Modified-Since (a 304 produces
 * nothing); entries already produced (same guid and updated time) are skipped; errors back off per feed
 * (see {@link FeedState}). A document that is not a feed (one ninjs or XML item behind a URL) is produced
 * whole, once per content hash.
 */
public final class FeedPoller {
  private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);

  /** The outcome of one poll: HTTP status (0 on a transport error) and how many entries were produced. */
  public record Result(int status, int produced, int skipped) {}

  private final HttpClient client;
  private final RawSink sink;
  private final Clock clock;
  private final Duration timeout;
  private final Duration maxBackoff;

  public FeedPoller(HttpClient client, RawSink sink, Clock clock, Duration timeout, Duration maxBackoff) {
    this.client = client;
    this.sink = sink;
    this.clock = clock;
    this.timeout = timeout;
    this.maxBackoff = maxBackoff;
  }

  /** Polls one feed now and updates its state (validators, seen entries, next due time). */
  public Result poll(FeedState feed) throws InterruptedException {
    try {
      HttpResponse<byte[]> response = client.send(request(feed), HttpResponse.BodyHandlers.ofByteArray());
      int status = response.statusCode();
      if (status == 304) {
        feed.succeeded(clock.instant());
        return new Result(304, 0, 0);
      }
      if (status != 200) {
        throw new IOException("HTTP " + status);
      }
      Result result = produceEntries(feed, response.body());
      feed.validators(response.headers().firstValue("ETag").orElse(null),
          response.headers().firstValue("Last-Modified").orElse(null));
      feed.succeeded(clock.instant());
      LOG.info("feed {}: {} new, {} already seen", feed.name(), result.produced(), result.skipped());
      return result;
    } catch (IOException | ExecutionException | TimeoutException e) {
      feed.failed(clock.instant(), maxBackoff);
      LOG.warn("feed {} failed ({}, attempt {}); next poll at {}", feed.name(), e.toString(), feed.failures(),
          feed.due());
      return new Result(0, 0, 0);
    }
  }

  private HttpRequest request(FeedState feed) {
    HttpRequest.Builder b = HttpRequest.newBuilder(feed.url()).timeout(timeout).GET()
        .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5");
    if (feed.etag() != null) {
      b.header("If-None-Match", feed.etag());
    }
    if (feed.lastModified() != null) {
      b.header("If-Modified-Since", feed.lastModified());
    }
    return b.build();
  }

  private Result produceEntries(FeedState feed, byte[] body)
      throws InterruptedException, ExecutionException, TimeoutException {
    List<FeedSplitter.Entry> entries;
    try {
      entries = FeedSplitter.split(body);
    } catch (FeedException | IllegalArgumentException e) {
      String hash = ContentKeys.of(body);
      entries = List.of(new FeedSplitter.Entry(hash, null, body));
    }
    int produced = 0;
    for (FeedSplitter.Entry entry : entries) {
      if (!feed.isNew(entry.seenKey())) {
        continue;
      }
      sink.send("feed:" + feed.name() + ":" + entry.id(), feed.name() + ":" + entry.id(), entry.bytes(), null)
          .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      feed.remember(entry.seenKey());
      produced++;
    }
    return new Result(200, produced, entries.size() - produced);
  }
}
