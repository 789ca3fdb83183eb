package io.wirewatch.app;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --config FILE} option shared by the commands. */
final class ConfigOption {
  @Option(names = {"-c", "--config"}, paramLabel = "FILE",
      description = "Properties file overriding the bundled defaults (see config/wirewatch.properties).")
  Path file;

  AppConfig load() {
    return AppConfig.fromMap(raw());
  }

  /** The flat keys: the bundled defaults, the file, then {@code WIREWATCH_*} environment variables. */
  java.util.Map<String, String> raw() {
    if (file != null && !Files.isRegularFile(file)) {
      throw new IllegalArgumentException("config file not found: " + file);
    }
    return AppConfig.raw(file, System.getenv());
  }
}
