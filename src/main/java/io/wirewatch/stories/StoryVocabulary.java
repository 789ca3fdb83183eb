package io.wirewatch.stories;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the clustering's per-language resource files ({@code lang/<lang>/stories-*}): non-blank lines
 * without '#' comment lines, as written (patterns keep their case). A language without the file has none;
 * language {@code null} reads the file of every language, {@code lang/<name>}.
 */
final class StoryVocabulary {
  private StoryVocabulary() {}

  /**
   * The second column of the lines of a two-column file whose first column is {@code kind}
   * ({@code stories-names.tsv}: {@code furniture} and {@code photo}, tab-separated), stripped, as written.
   */
  static List<String> ofKind(String lang, String name, String kind) {
    List<String> out = new ArrayList<>();
    for (String line : lines(lang, name)) {
      String[] cols = line.split("\t");
      if (cols.length >= 2 && cols[0].strip().equals(kind)) {
        out.add(cols[1].strip());
      }
    }
    return out;
  }

  /** {@link #ofKind}, lower-cased. */
  static Set<String> lowerCased(String lang, String name, String kind) {
    return ofKind(lang, name, kind).stream().map(w -> w.toLowerCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
  }

  static List<String> lines(String lang, String name) {
    String path = lang == null ? "/lang/" + name : "/lang/" + lang + "/" + name;
    List<String> out = new ArrayList<>();
    try (InputStream in = StoryVocabulary.class.getResourceAsStream(path)) {
      if (in == null) {
        return out;
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(path, e);
    }
    return out;
  }
}
