package io.wirewatch.app;

import io.wirewatch.channels.AlertDispatcher;
import io.wirewatch.channels.DeliveryListener;
import io.wirewatch.metrics.DeliveryMeters;
import io.wirewatch.web.HttpServer;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Runs the pipeline against an existing Kafka cluster until stopped. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run the pipeline against the Kafka cluster named in the configuration, until Ctrl-C.")
final class RunCommand implements Callable<Integer> {
  @Mixin
  ConfigOption config;

  @Override
  public Integer call() throws InterruptedException {
    AppConfig cfg = config.load();
    BrokerCheck.require(cfg);
    System.err.println("wirewatch: connecting to " + cfg.bootstrapServers() + " as " + cfg.applicationId());
    CountDownLatch stop = new CountDownLatch(1);
    try (StreamsApp app = StreamsApp.start(cfg, Duration.ofMinutes(2));
        HttpServer http = WebRoutes.start(cfg, app);
        AlertDispatcher delivery = Delivery.start(cfg, System.getenv(), System.out,
            new DeliveryMeters(app.meters(), DeliveryListener.NONE))) {
      if (delivery != null) {
        System.err.println("wirewatch: delivering alerts to " + delivery.channelNames());
      }
      System.err.println("wirewatch: HTTP on http://" + cfg.http().host() + ":" + http.port() + "/");
      System.err.println("wirewatch: newsroom page " + PageUrl.of(cfg, http.port()) + "  metrics "
          + "http://" + cfg.http().host() + ":" + http.port() + "/metrics");
      Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "wirewatch-shutdown"));
      System.err.println("wirewatch: pipeline running; Ctrl-C stops it");
      while (!stop.await(1, java.util.concurrent.TimeUnit.SECONDS)) {
        if (app.failure() != null) {
          System.err.println("wirewatch: pipeline stopped: " + app.failure().getMessage());
          return 1;
        }
        if (delivery != null && delivery.failure() != null) {
          System.err.println("wirewatch: alert delivery stopped: " + delivery.failure().getMessage());
          return 1;
        }
      }
    }
    return 0;
  }
}
