package io.wirewatch.web;

import io.javalin.Javalin;
import io.javalin.http.UnauthorizedResponse;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * wirewatch's one HTTP port: push ingest, the story API, alert stream, metrics, health and the newsroom
 * page are routes contributed by their capabilities. Bound to 127.0.0.1 by default; bound anywhere else it
 * requires a token ({@code Authorization: Bearer <token>} or {@code ?token=}) on every route but health and
 * the page's static files (the page sends its {@code ?token=} on with every API and stream call).
 * Routes that hold resources implement {@link AutoCloseable} and are closed with the server. Requests from
 * another origin or for another host are refused ({@link RequestGuard}); slow or idle clients are cut off
 * and connections are capped ({@link HttpLimits}).
 */
public final class HttpServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(HttpServer.class);

  private final Javalin javalin;
  private final List<HttpRoutes> routes;

  private HttpServer(Javalin javalin, List<HttpRoutes> routes) {
    this.javalin = javalin;
    this.routes = List.copyOf(routes);
  }

  /** Settings of the HTTP port; {@code port} 0 picks a free port. */
  public record Settings(String host, int port, String token) {
    public Settings {
      token = token == null ? "" : token.trim();
      if (token.isEmpty() && !RequestGuard.isLoopback(host)) {
        String why = "config http.token: a token is required when http.host is " + host
            + " (not a loopback address); refusing to open the HTTP port without one";
        LOG.error(why);
        throw new IllegalArgumentException(why);
      }
    }
  }

  public static HttpServer start(Settings settings, List<HttpRoutes> routes) {
    RequestGuard guard = new RequestGuard(settings.host());
    Javalin app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      HttpLimits.DEFAULTS.applyTo(config);
      config.routes.before(guard::check);
      if (!settings.token().isEmpty()) {
        config.routes.before(ctx -> {
          if (!RequestGuard.isPublic(ctx.path()) && !tokenMatches(settings.token(), ctx.header("Authorization"),
              ctx.queryParam("token"))) {
            throw new UnauthorizedResponse("a valid token is required");
          }
        });
      }
      routes.forEach(r -> r.register(config));
    });
    app.start(settings.host(), settings.port());
    LOG.info("HTTP on http://{}:{}", settings.host(), app.port());
    return new HttpServer(app, routes);
  }

  public int port() {
    return javalin.port();
  }

  @Override
  public void close() {
    javalin.stop();
    for (HttpRoutes r : routes) {
      if (r instanceof AutoCloseable c) {
        try {
          c.close();
        } catch (Exception e) {
          LOG.warn("closing {} failed: {}", r.getClass().getSimpleName(), e.toString());
        }
      }
    }
  }

  static boolean tokenMatches(String token, String authorization, String queryToken) {
    String given = queryToken;
    if (authorization != null && authorization.startsWith("Bearer ")) {
      given = authorization.substring("Bearer ".length()).trim();
    }
    return given != null && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
        given.getBytes(StandardCharsets.UTF_8));
  }
}
