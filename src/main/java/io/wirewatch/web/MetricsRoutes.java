package io.wirewatch.web;

import io.javalin.config.JavalinConfig;
import java.util.function.Supplier;

/** {@code GET /metrics}: the Prometheus text exposition. Closes what feeds the meters with the server. */
public final class MetricsRoutes implements HttpRoutes, AutoCloseable {
  static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private final Supplier<String> scrape;
  private final AutoCloseable source;

  public MetricsRoutes(Supplier<String> scrape, AutoCloseable source) {
    this.scrape = scrape;
    this.source = source;
  }

  @Override
  public void register(JavalinConfig config) {
    config.routes.get("/metrics", ctx -> ctx.contentType(CONTENT_TYPE).result(scrape.get()));
  }

  @Override
  public void close() throws Exception {
    if (source != null) {
      source.close();
    }
  }
}
