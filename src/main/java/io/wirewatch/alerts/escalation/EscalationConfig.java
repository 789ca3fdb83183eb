package io.wirewatch.alerts.escalation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The contents of {@code config/escalation.yaml}: ladder cues and their guards per language, and the IPTC
 * subject codes that decide a story's domain. The file's own comments document the format; the English
 * defaults ship inside the jar ({@link #loadDefault()}).
 *
 * @param defaultLanguage the language block used for items in a language without one
 * @param subjectCodes top-level IPTC code (first two digits, e.g. "16") to domain id ("conflict")
 * @param languages language tag ("en") to its cues
 */
public record EscalationConfig(String defaultLanguage, Map<String, String> subjectCodes,
    Map<String, Language> languages) {

  static final String DEFAULT_RESOURCE = "/config/escalation.yaml";
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  public EscalationConfig {
    Objects.requireNonNull(defaultLanguage, "defaultLanguage");
    subjectCodes = subjectCodes == null ? Map.of() : Map.copyOf(subjectCodes);
    languages = languages == null ? Map.of() : Map.copyOf(languages);
    if (!languages.containsKey(defaultLanguage)) {
      throw new IllegalArgumentException("escalation config has no block for defaultLanguage '"
          + defaultLanguage + "'");
    }
    subjectCodes.values().forEach(StoryDomain::of);
  }

  /**
   * The cues of one language; see {@code config/escalation.yaml} for what each list does.
   *
   * @param levels level id ("tension", "clashes", "casualties", "war") to cues
   */
  public record Language(int gap, int negationWindow, Map<String, List<String>> levels,
      List<String> casualtyContext, List<String> negations, List<String> threats, List<String> metaphors,
      List<String> metaphorContext, List<String> historical, List<String> comparisons,
      List<String> crossReferences, List<String> presentTime, Map<String, List<String>> domains) {
    public Language {
      if (gap < 0 || negationWindow < 0) {
        throw new IllegalArgumentException("gap and negationWindow must not be negative");
      }
      levels = levels == null ? Map.of() : Map.copyOf(levels);
      levels.keySet().forEach(EscalationLevel::of);
      domains = domains == null ? Map.of() : Map.copyOf(domains);
      domains.keySet().forEach(StoryDomain::of);
      casualtyContext = copy(casualtyContext);
      negations = copy(negations);
      threats = copy(threats);
      metaphors = copy(metaphors);
      metaphorContext = copy(metaphorContext);
      historical = copy(historical);
      comparisons = copy(comparisons);
      crossReferences = copy(crossReferences);
      presentTime = copy(presentTime);
    }

    private static List<String> copy(List<String> list) {
      return list == null ? List.of() : List.copyOf(list);
    }
  }

  /** Reads a config file; a bad file fails with its path in the message. */
  public static EscalationConfig load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("cannot read escalation config " + file + ": " + e.getMessage(), e);
    }
  }

  /** The English defaults bundled in the jar. */
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
