package io.wirewatch.web;

import io.javalin.config.JavalinConfig;

/**
 * A capability's HTTP endpoints. Javalin registers routes up front, so each capability contributes its
 * routes to the server's configuration before it starts ({@code config.routes.get(...)} and friends).
 */
@FunctionalInterface
public interface HttpRoutes {
  void register(JavalinConfig config);
}
