package io.wirewatch.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.wirewatch.model.Json;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * {@code GET /api/stories?since=ISO-8601&limit=N} and {@code GET /api/stories/{id}}: merged stories as JSON
 * (the {@code wire.stories} schema), answered from every instance ({@code local=true} asks one instance
 * for its own stories only; instances use it among themselves).
 */
public final class StoryRoutes implements HttpRoutes {
  private static final int DEFAULT_LIMIT = 100;
  private static final int MAX_LIMIT = 1000;

  private final StoryQueries queries;

  public StoryRoutes(StoryQueries queries) {
    this.queries = queries;
  }

  @Override
  public void register(JavalinConfig config) {
    config.routes.get("/api/stories", this::list);
    config.routes.get("/api/stories/{id}", this::one);
  }

  private void list(Context ctx) throws Exception {
    Instant since = Instant.EPOCH;
    String s = ctx.queryParam("since");
    if (s != null && !s.isBlank()) {
      try {
        since = Instant.parse(s);
      } catch (DateTimeParseException e) {
        throw new BadRequestResponse("since must be an ISO-8601 instant such as 2022-09-13T00:00:00Z");
      }
    }
    int limit = DEFAULT_LIMIT;
    String l = ctx.queryParam("limit");
    if (l != null) {
      try {
        limit = Math.max(1, Math.min(MAX_LIMIT, Integer.parseInt(l)));
      } catch (NumberFormatException e) {
        throw new BadRequestResponse("limit must be a whole number");
      }
    }
    json(ctx, queries.since(since, limit, "true".equals(ctx.queryParam("local"))));
  }

  private void one(Context ctx) throws Exception {
    var story = queries.byId(ctx.pathParam("id"), "true".equals(ctx.queryParam("local")));
    json(ctx, story.orElseThrow(() -> new NotFoundResponse("no story " + ctx.pathParam("id"))));
  }

  private static void json(Context ctx, Object value) throws Exception {
    ctx.contentType("application/json").result(Json.mapper().writeValueAsString(value));
  }
}
