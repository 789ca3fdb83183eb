package io.wirewatch.ingest;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.wirewatch.web.HttpRoutes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /ingest}: the body is one item in any format, produced to {@code wire.raw} as it is (keyed
 * by its content hash; the parse stage decides what it is). Answers 202 with the record's topic,
 * partition and offset; 400 for an empty body; 413 over {@code ingest.max.bytes} (nothing is produced);
 * 401 when {@code ingest.http.token} is set and the request carries no matching {@code X-Ingest-Token}
 * (or {@code Authorization: Bearer}) header; 503 when Kafka does not acknowledge. Provenance comes from
 * the {@code X-Source} header or {@code ?source=} (default "http-push").
 */
public final class HttpIngestRoutes implements HttpRoutes, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(HttpIngestRoutes.class);
  public static final String PATH = "/ingest";

  private final RawSink sink;
  private final int maxBytes;
  private final String token;
  private final Duration sendTimeout;

  public HttpIngestRoutes(RawSink sink, int maxBytes, String token, Duration sendTimeout) {
    this.sink = sink;
    this.maxBytes = maxBytes;
    this.token = token == null ? "" : token.trim();
    this.sendTimeout = sendTimeout;
  }

  @Override
  public void register(JavalinConfig config) {
    config.http.maxRequestSize = Math.max(config.http.maxRequestSize, maxBytes + 1L);
    config.routes.post(PATH, this::handle);
  }

  void handle(Context ctx) throws InterruptedException, IOException {
    if (!authorised(ctx)) {
      reply(ctx, HttpStatus.UNAUTHORIZED, Map.of("error", "a valid X-Ingest-Token is required"));
      return;
    }
    long declared = ctx.contentLength();
    if (declared > maxBytes) {
      reply(ctx, HttpStatus.CONTENT_TOO_LARGE, tooLarge(declared));
      return;
    }
    byte[] body = readAtMost(ctx.req().getInputStream(), maxBytes + 1);
    if (body.length > maxBytes) {
      reply(ctx, HttpStatus.CONTENT_TOO_LARGE, tooLarge(-1));
      return;
    }
    if (isBlank(body)) {
      reply(ctx, HttpStatus.BAD_REQUEST, Map.of("error", "empty body: POST one item (ninjs, XML, 7901, ANPA or text)"));
      return;
    }
    produce(ctx, body);
  }

  private void produce(Context ctx, byte[] body) throws InterruptedException {
    String key = ContentKeys.of(body);
    try {
      RecordMetadata md = sink.send(key, source(ctx), body, formatHint(ctx.contentType()))
          .get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("topic", md.topic());
      out.put("partition", md.partition());
      out.put("offset", md.offset());
      out.put("key", key);
      out.put("bytes", body.length);
      reply(ctx, HttpStatus.ACCEPTED, out);
    } catch (ExecutionException | TimeoutException e) {
      LOG.warn("push ingest: produce failed: {}", e.toString());
      reply(ctx, HttpStatus.SERVICE_UNAVAILABLE, Map.of("error", "Kafka did not accept the item; retry later"));
    }
  }

  private boolean authorised(Context ctx) {
    if (token.isEmpty()) {
      return true;
    }
    String given = ctx.header("X-Ingest-Token");
    String auth = ctx.header("Authorization");
    if (given == null && auth != null && auth.startsWith("Bearer ")) {
      given = auth.substring("Bearer ".length()).trim();
    }
    return given != null && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
        given.getBytes(StandardCharsets.UTF_8));
  }

  private Map<String, Object> tooLarge(long declared) {
    return Map.of("error", "body " + (declared >= 0 ? "of " + declared + " bytes " : "")
        + "exceeds ingest.max.bytes (" + maxBytes + ")");
  }

  private static String source(Context ctx) {
    String s = ctx.header("X-Source");
    if (s == null || s.isBlank()) {
      s = ctx.queryParam("source");
    }
    if (s == null || s.isBlank()) {
      return "http-push";
    }
    String clean = s.strip().replaceAll("[\\p{Cntrl}]", "");
    return clean.length() > 200 ? clean.substring(0, 200) : clean;
  }

  private static String formatHint(String contentType) {
    if (contentType == null || contentType.isBlank() || contentType.startsWith("application/octet-stream")) {
      return null;
    }
    return contentType.length() > 100 ? contentType.substring(0, 100) : contentType;
  }

  private static byte[] readAtMost(InputStream in, int limit) throws IOException {
    return in.readNBytes(limit);
  }

  private static boolean isBlank(byte[] body) {
    return new String(body, StandardCharsets.ISO_8859_1).replace("\uFEFF", "").replace("\u00EF\u00BB\u00BF", "").isBlank();
  }

  /** Closes the sink when it is closeable (the lazily created producer). */
  @Override
  public void close() throws Exception {
    if (sink instanceof AutoCloseable c) {
      c.close();
    }
  }

  private static void reply(Context ctx, HttpStatus status, Map<String, ?> body) {
    ctx.status(status).json(body);
  }
}
