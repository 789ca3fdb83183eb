package io.wirewatch.stories;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the clustering's per-language resource files ({@code lang/<lang>/stories-*}): non-blank lines
 * without '#' comment lines, as written (patterns keep their case). A language without the file has none.
 */
final class StoryVocabulary {
  private StoryVocabulary() {}

  static List<String> lines(String lang, String name) {
    String path = "/lang/" + lang + "/" + name;
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
