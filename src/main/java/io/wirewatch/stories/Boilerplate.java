package io.wirewatch.stories;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Cuts the text that says who sent a report rather than what happened (datelines with agency credits,
 * "Reporting by" sign-offs, copyright lines, standing links) before any similarity, so two unrelated
 * reports from one desk never look alike. The patterns are data, per language
 * ({@code lang/<lang>/stories-boilerplate.txt}); a language without the file keeps its text whole.
 * Thread-safe.
 */
public final class Boilerplate {
  private static final Map<String, Boilerplate> BY_LANG = new ConcurrentHashMap<>();
  private final List<Pattern> patterns;

  private Boilerplate(List<Pattern> patterns) {
    this.patterns = patterns;
  }

  public static Boilerplate of(String lang) {
    return BY_LANG.computeIfAbsent(lang, l -> new Boilerplate(
        StoryVocabulary.lines(l, "stories-boilerplate.txt").stream().map(Pattern::compile).toList()));
  }

  /** The paragraph (or headline) without its boilerplate; blank when it was nothing else. */
  public String strip(String paragraph) {
    if (paragraph == null) {
      return "";
    }
    String out = paragraph;
    for (Pattern p : patterns) {
      out = p.matcher(out).replaceAll("");
      if (out.isBlank()) {
        return "";
      }
    }
    return out.strip();
  }
}
