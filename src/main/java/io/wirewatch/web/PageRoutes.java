package io.wirewatch.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * The newsroom page: {@code GET /} and its scripts and styles under {@code /assets/}, read from
 * {@code web/} on the classpath (no build step). The assets hold no data, so they are served without the
 * token; the page passes its own {@code ?token=} on to the API and the alert stream.
 */
public final class PageRoutes implements HttpRoutes {
  static final String ASSETS = "/assets/";
  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8",
      "css", "text/css; charset=utf-8", "svg", "image/svg+xml");

  @Override
  public void register(JavalinConfig config) {
    config.routes.get("/", ctx -> serve(ctx, "index.html"));
    config.routes.get(ASSETS + "{name}", ctx -> serve(ctx, ctx.pathParam("name")));
  }

  private static void serve(Context ctx, String name) throws IOException {
    String ext = name.substring(name.lastIndexOf('.') + 1);
    if (!name.matches("[a-z0-9-]+\\.[a-z]+") || !TYPES.containsKey(ext)) {
      throw new NotFoundResponse("no asset " + name);
    }
    try (InputStream in = PageRoutes.class.getResourceAsStream("/web/" + name)) {
      if (in == null) {
        throw new NotFoundResponse("no asset " + name);
      }
      ctx.header("Cache-Control", "no-cache").header("X-Content-Type-Options", "nosniff")
          .header("Content-Security-Policy", "default-src 'self'; style-src 'self'; img-src 'self' data:")
          .contentType(TYPES.get(ext)).result(in.readAllBytes());
    }
  }

  /** True for paths that are the page or its assets (served without the token). */
  static boolean isPage(String path) {
    return path.equals("/") || path.startsWith(ASSETS);
  }
}
