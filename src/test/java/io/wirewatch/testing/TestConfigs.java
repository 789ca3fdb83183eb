package io.wirewatch.testing;

import io.wirewatch.app.AppConfig;
import io.wirewatch.app.StreamsApp;
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
    raw.put("state.dir", stateDir().toString());
    raw.putAll(overrides);
    return AppConfig.fromMap(raw);
  }

  /** The state folders this test JVM made, deleted when it exits: test runs leave nothing in the temp folder. */
  private static final java.util.List<Path> STATE_DIRS = new java.util.concurrent.CopyOnWriteArrayList<>();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> STATE_DIRS.forEach(StreamsApp::deleteTree),
        "delete-test-state"));
  }

  private static Path stateDir() {
    try {
      Path dir = Files.createTempDirectory("wirewatch-it-state-");
      STATE_DIRS.add(dir);
      return dir;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The shared evaluation material beside the project (absent in a user's clone). */
  public static Path shared() {
    return Path.of("..", "shared");
  }

  public static boolean sharedPresent(String sub) {
    return Files.isDirectory(shared().resolve(sub));
  }
}
