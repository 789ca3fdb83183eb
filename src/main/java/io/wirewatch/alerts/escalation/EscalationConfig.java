package io.wirewatch.alerts.escalation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The contents of {@code config/escalation.yaml}: the IPTC subject codes that decide a story's domain. The
 * ladder's vocabulary is language data, not configuration: {@code lang/<lang>/escalation-cues.tsv} and
 * {@code lang/<lang>/domain-cues.tsv} on the class path. The defaults ship inside the jar
 * ({@link #loadDefault()}).
 *
 * @param subjectCodes top-level IPTC code (first two digits, e.g. "16") to domain id ("conflict")
 */
public record EscalationConfig(Map<String, String> subjectCodes) {

  static final String DEFAULT_RESOURCE = "/config/escalation.yaml";
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  public EscalationConfig {
    subjectCodes = subjectCodes == null ? Map.of() : Map.copyOf(subjectCodes);
    subjectCodes.values().forEach(StoryDomain::of);
  }

  /** Reads a config file; a bad file fails with its path in the message. */
  public static EscalationConfig load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("cannot read escalation config " + file + ": " + e.getMessage(), e);
    }
  }

  /** The defaults bundled in the jar. */
  public static EscalationConfig loadDefault() {
    try (InputStream in = EscalationConfig.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("bundled " + DEFAULT_RESOURCE + " missing from the jar");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static EscalationConfig read(InputStream in) throws IOException {
    return YAML.readValue(in, EscalationConfig.class);
  }
}
