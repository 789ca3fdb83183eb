package io.wirewatch.stories;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
  private final List<Rule> rules;

  /**
   * One pattern and the words one of which a paragraph must hold, lower-cased, for the pattern to be tried:
   * most paragraphs are no credit, and a credit's pattern costs more to fail than a word to look up.
   */
  private record Rule(Pattern pattern, List<String> needs) {
    /** A line of the file: the pattern, then optionally a tab and its words separated by {@code |}. */
    static Rule of(String line) {
      int tab = line.indexOf('\t');
      if (tab < 0) {
        return new Rule(Pattern.compile(line), List.of());
      }
      List<String> needs = Arrays.stream(line.substring(tab + 1).strip().split("\\|"))
          .map(w -> w.strip().toLowerCase(Locale.ROOT)).filter(w -> !w.isEmpty()).toList();
      return new Rule(Pattern.compile(line.substring(0, tab).strip()), needs);
    }

    boolean mayMatch(String lowerCased) {
      if (needs.isEmpty()) {
        return true;
      }
      for (String w : needs) {
        if (lowerCased.contains(w)) {
          return true;
        }
      }
      return false;
    }
  }

  private Boilerplate(List<Rule> rules) {
    this.rules = rules;
  }

  public static Boilerplate of(String lang) {
    return BY_LANG.computeIfAbsent(lang, l -> new Boilerplate(
        StoryVocabulary.lines(l, "stories-boilerplate.txt").stream().map(Rule::of).toList()));
  }

  /** The paragraph (or headline) without its boilerplate; blank when it was nothing else. */
  public String strip(String paragraph) {
    if (paragraph == null) {
      return "";
    }
    String out = paragraph;
    String lower = null;
    for (Rule r : rules) {
      if (!r.needs().isEmpty()) {
        lower = lower == null ? out.toLowerCase(Locale.ROOT) : lower;
        if (!r.mayMatch(lower)) {
          continue;
        }
      }
      String cut = r.pattern().matcher(out).replaceAll("");
      if (!cut.equals(out)) {
        out = cut;
        lower = null;
      }
      if (out.isBlank()) {
        return "";
      }
    }
    return out.strip();
  }
}
