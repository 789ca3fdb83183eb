package io.wirewatch.app;

import io.wirewatch.ingest.HttpIngestRoutes;
import io.wirewatch.ingest.LazyRawSink;
import io.wirewatch.ingest.RawProducer;
import io.wirewatch.metrics.Meters;
import io.wirewatch.metrics.PipelineObserver;
import io.wirewatch.metrics.TopicCounts;
import io.wirewatch.web.AlertFeed;
import io.wirewatch.web.AlertRoutes;
import io.wirewatch.web.HealthRoutes;
import io.wirewatch.web.HttpRoutes;
import io.wirewatch.web.HttpServer;
import io.wirewatch.web.MetricsRoutes;
import io.wirewatch.web.PageRoutes;
import io.wirewatch.web.StoryQueries;
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
  /** Alerts the page gets on load, and per partition read back on start. */
  static final int RECENT_ALERTS = 500;

  private WebRoutes() {}

  /** The routes; the metrics observer and the live alert feed start here and stop with the server. */
  static List<HttpRoutes> of(AppConfig config, StreamsApp app) {
    List<HttpRoutes> routes = new ArrayList<>();
    routes.add(new HealthRoutes(app::readiness));
    StoryQueries stories = new InteractiveStoryQueries(app.streams(), StreamsApp.selfHost(config),
        config.http().token());
    routes.add(new StoryRoutes(stories));
    routes.add(new HttpIngestRoutes(new LazyRawSink(() -> new RawProducer(config.clientConfig("producer"),
        config.topicNames(), config.ingest().maxBytes(), Clock.systemUTC())), config.ingest().maxBytes(),
        config.ingest().transports().httpToken(), Duration.ofSeconds(30)));
    routes.add(metrics(config, app, stories));
    AlertFeed feed = new AlertFeed(RECENT_ALERTS);
    routes.add(new AlertRoutes(feed, LiveAlerts.start(config.clientConfig("consumer"), config.topicNames().alerts(),
        feed, RECENT_ALERTS / 4, app.meters())));
    routes.add(new PageRoutes());
    return routes;
  }

  private static MetricsRoutes metrics(AppConfig config, StreamsApp app, StoryQueries stories) {
    Meters meters = app.meters();
    meters.openStories(new OpenStories(stories, config.decide().stories().window(), Duration.ofSeconds(15),
        Clock.systemUTC()));
    TopicCounts counts = new TopicCounts(config.topicNames(), meters, Clock.systemUTC(),
        Clock.systemUTC().instant().minus(Duration.ofMinutes(1)));
    PipelineObserver observer = PipelineObserver.start(config.clientConfig("consumer"),
        config.applicationId() + "-metrics", config.topicNames(), counts, meters);
    return new MetricsRoutes(meters::scrape, observer);
  }

  /** Starts on the configured port; if that port is taken and a free one is acceptable, on any free port. */
  static HttpServer start(AppConfig config, StreamsApp app) {
    List<HttpRoutes> routes = of(config, app);
    try {
      return HttpServer.start(config.http().settings(), routes);
    } catch (RuntimeException e) {
      if (config.http().port() == 0) {
        closeAll(routes);
        throw e;
      }
      LOG.warn("HTTP port {} unavailable ({}); using a free port", config.http().port(), e.getMessage());
      try {
        return HttpServer.start(config.withHttpPort(0).http().settings(), routes);
      } catch (RuntimeException again) {
        closeAll(routes);
        throw again;
      }
    }
  }

  private static void closeAll(List<HttpRoutes> routes) {
    for (HttpRoutes r : routes) {
      if (r instanceof AutoCloseable c) {
        try {
          c.close();
        } catch (Exception e) {
          LOG.debug("closing {}: {}", r.getClass().getSimpleName(), e.toString());
        }
      }
    }
  }
}
