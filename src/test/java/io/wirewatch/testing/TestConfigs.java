package io.wirewatch.testing;

import io.wirewatch.app.AppConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Configurations for integration tests: the bundled defaults, a given broker, own topics and app id. */
public final class TestConfigs {
  private TestConfigs() {}

  /** A config on {@code bootstrap} whose topics and application id no other test shares. */
  public static AppConfig isolated(String bootstrap, Map<String, String> overrides) {
    Map<String, String> raw = new HashMap<>(AppConfig.bundledDefaults());
    String ns = "t" + UUID.randomUUID().toString().substring(0, 8);
    raw.put("kafka.bootstrap.servers", bootstrap);
    raw.put("topics.prefix", ns + ".");
    raw.put("application.id", "wirewatch-" + ns);
    raw.put("replay.idle.timeout.ms", "30000");
    try {
      raw.put("state.dir", Files.createTempDirectory("wirewatch-it-state-").toString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    raw.putAll(overrides);
    return AppConfig.fromMap(raw);
  }

  /** The shared evaluation material beside the project (absent in a user's clone). */
  public static Path shared() {
    return Path.of("..", "shared");
  }

  public static boolean sharedPresent(String sub) {
    return Files.isDirectory(shared().resolve(sub));
  }
}
