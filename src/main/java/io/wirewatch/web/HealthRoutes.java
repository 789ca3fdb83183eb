package io.wirewatch.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.HttpStatus;
import java.util.function.BooleanSupplier;

/** {@code GET /health/live} (the process answers) and {@code GET /health/ready} (the pipeline runs). */
public final class HealthRoutes implements HttpRoutes {
  private final BooleanSupplier ready;

  public HealthRoutes(BooleanSupplier ready) {
    this.ready = ready;
  }

  @Override
  public void register(JavalinConfig config) {
    config.routes.get("/health/live", ctx -> ctx.json(java.util.Map.of("status", "live")));
    config.routes.get("/health/ready", ctx -> {
      boolean ok = ready.getAsBoolean();
      ctx.status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
          .json(java.util.Map.of("status", ok ? "ready" : "not ready"));
    });
  }
}
