package io.wirewatch.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.wirewatch.model.Alert;
import io.wirewatch.model.Json;

/**
 * {@code GET /api/alerts?limit=N}: recent alerts, newest first (the {@code wire.alerts} schema), and
 * {@code GET /api/alerts/stream}: Server-Sent Events, one {@code alert} event (id = alert id, data = the
 * alert's JSON) per new alert. Closes its alert source with the server.
 */
public final class AlertRoutes implements HttpRoutes, AutoCloseable {
  private static final int DEFAULT_LIMIT = 100;

  private final AlertFeed feed;
  private final AutoCloseable source;

  /** @param source what fills the feed (a consumer of wire.alerts); closed with the server */
  public AlertRoutes(AlertFeed feed, AutoCloseable source) {
    this.feed = feed;
    this.source = source;
  }

  @Override
  public void register(JavalinConfig config) {
    config.routes.get("/api/alerts", this::recent);
    config.routes.sse("/api/alerts/stream", this::stream);
  }

  private void recent(Context ctx) throws JsonProcessingException {
    int limit = DEFAULT_LIMIT;
    String l = ctx.queryParam("limit");
    if (l != null) {
      try {
        limit = Math.max(1, Math.min(1000, Integer.parseInt(l)));
      } catch (NumberFormatException e) {
        throw new BadRequestResponse("limit must be a whole number");
      }
    }
    ctx.contentType("application/json").result(Json.mapper().writeValueAsString(feed.recent(limit)));
  }

  private void stream(SseClient client) {
    client.keepAlive();
    client.sendComment("wirewatch alerts");
    AlertFeed.Subscriber s = alert -> send(client, alert);
    client.onClose(() -> feed.unsubscribe(s));
    feed.subscribe(s);
  }

  private static boolean send(SseClient client, Alert alert) {
    if (client.terminated()) {
      return false;
    }
    try {
      client.sendEvent("alert", Json.mapper().writeValueAsString(alert), alert.id());
      return !client.terminated();
    } catch (JsonProcessingException e) {
      return true;
    }
  }

  @Override
  public void close() throws Exception {
    if (source != null) {
      source.close();
    }
  }
}
