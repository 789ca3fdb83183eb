package io.wirewatch.app;

import io.wirewatch.ingest.HttpIngestRoutes;
import io.wirewatch.ingest.LazyRawSink;
import io.wirewatch.ingest.RawProducer;
import io.wirewatch.web.HealthRoutes;
import io.wirewatch.web.HttpRoutes;
import io.wirewatch.web.HttpServer;
import io.wirewatch.web.StoryRoutes;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Collects the HTTP routes of every capability of a running pipeline and starts the HTTP port. */
final class WebRoutes {
  private static final Logger LOG = LoggerFactory.getLogger(WebRoutes.class);

  private WebRoutes() {}

  static List<HttpRoutes> of(AppConfig config, StreamsApp app) {
    List<HttpRoutes> routes = new ArrayList<>();
    routes.add(new HealthRoutes(app::isRunning));
    routes.add(new StoryRoutes(new InteractiveStoryQueries(app.streams(), StreamsApp.selfHost(config),
        config.http().token())));
    routes.add(new HttpIngestRoutes(new LazyRawSink(() -> new RawProducer(config.clientConfig("producer"),
        config.topicNames(), config.ingest().maxBytes(), Clock.systemUTC())), config.ingest().maxBytes(),
        config.ingest().transports().httpToken(), Duration.ofSeconds(30)));
    return routes;
  }

  /** Starts on the configured port; if that port is taken and a free one is acceptable, on any free port. */
  static HttpServer start(AppConfig config, StreamsApp app) {
    try {
      return HttpServer.start(config.http().settings(), of(config, app));
    } catch (RuntimeException e) {
      if (config.http().port() == 0) {
        throw e;
      }
      LOG.warn("HTTP port {} unavailable ({}); using a free port", config.http().port(), e.getMessage());
      return HttpServer.start(config.withHttpPort(0).http().settings(), of(config, app));
    }
  }
}
