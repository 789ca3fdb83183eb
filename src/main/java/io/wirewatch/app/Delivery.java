package io.wirewatch.app;

import io.wirewatch.channels.AlertDispatcher;
import io.wirewatch.channels.ChannelsConfig;
import io.wirewatch.channels.ChannelsYaml;
import io.wirewatch.channels.DeliveryListener;
import io.wirewatch.channels.Sleeper;
import io.wirewatch.kafka.TopicAdmin;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/** Starts the alert dispatcher ({@code channels.*} keys, channels.yaml) beside the pipeline. */
final class Delivery {
  private Delivery() {}

  /**
   * Starts the dispatcher, or returns null when {@code channels.enabled=false} or no channel is enabled.
   *
   * @param console where the console channel prints
   * @param listener told about every delivery and dead letter
   */
  static AlertDispatcher start(AppConfig cfg, Map<String, String> env, PrintStream console,
      DeliveryListener listener) {
    if (!cfg.channels().enabled()) {
      return null;
    }
    ChannelsConfig channels = ChannelsYaml.load(Path.of(cfg.channels().configFile()), env);
    if (channels.channels().isEmpty()) {
      return null;
    }
    TopicAdmin.ensureTopics(cfg.clientConfig("admin"), cfg.topicSpecs());
    return AlertDispatcher.start(new AlertDispatcher.Setup(cfg.clientConfig("consumer"), cfg.clientConfig("producer"),
        cfg.topicNames(), cfg.channels().groupId(cfg.applicationId()), channels, Clock.systemUTC(), Sleeper.REAL,
        console, listener));
  }
}
