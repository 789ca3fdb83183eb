package io.wirewatch.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * {@code GET /health/live} (the process answers) and {@code GET /health/ready}: 200 only when the Streams
 * application is RUNNING and every topic exists, else 503 with the state and the missing topics.
 */
public final class HealthRoutes implements HttpRoutes {
  private final Supplier<Readiness> readiness;

  public HealthRoutes(Supplier<Readiness> readiness) {
    this.readiness = readiness;
  }

  /** Readiness from a plain yes/no (no detail). */
  public static HealthRoutes of(BooleanSupplier ready) {
    return new HealthRoutes(() -> new Readiness(ready.getAsBoolean() ? "RUNNING" : "NOT_RUNNING", List.of()));
  }

  @Override
  public void register(JavalinConfig config) {
    config.routes.get("/health/live", ctx -> ctx.json(Map.of("status", "live")));
    config.routes.get("/health/ready", ctx -> {
      Readiness r = readiness.get();
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("status", r.ready() ? "ready" : "not ready");
      body.put("streams", r.streamsState());
      body.put("missingTopics", r.missingTopics());
      ctx.status(r.ready() ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json(body);
    });
  }
}
