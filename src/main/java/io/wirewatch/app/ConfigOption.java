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
    if (file != null && !Files.isRegularFile(file)) {
      throw new IllegalArgumentException("config file not found: " + file);
    }
    return AppConfig.load(file);
  }
}
