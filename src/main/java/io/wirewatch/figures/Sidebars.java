package io.wirewatch.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Teasers of other stories pasted into scraped copy: a body paragraph opened by a label ("Caption ...",
 * "STORY: ...", "► ...", "[Police: Woman killed]", a video's length "1:27 1 dead after crash") or closed by
 * one ("Shooting takes 2 lives | 0:38"), or a headline after "Video" ("Video Man and Woman Killed in
 * Crash", no closing punctuation), that is not the item's own headline. They name another story's toll.
 */
final class Sidebars {
  private static final Pattern LABEL = Pattern.compile(
      "^(?:" + LegacyWords.alternatives("sidebar-label") + "|►|\\[|\\d{1,2}:\\d{2}\\s)|\\|\\s*\\d{1,2}:\\d{2}\\s*$",
      Pattern.CASE_INSENSITIVE);

  /** "Video Man and woman killed in crash": a video teaser, a headline after the label. */
  private static final Pattern VIDEO = Pattern.compile(
      "^(?i:" + LegacyWords.alternatives("video") + "):?\\s+\\p{Lu}");

  private Sidebars() {}

  /** The body's sentences without those of teaser paragraphs (offsets as {@link Sentences#ofParagraphs} counts). */
  static List<Sentences.Sentence> without(List<Sentences.Sentence> sentences, List<String> paragraphs,
      String headline) {
    List<int[]> spans = spans(paragraphs, headline);
    return spans.isEmpty() ? sentences : sentences.stream().filter(s -> !inside(spans, s.offset())).toList();
  }

  private static List<int[]> spans(List<String> paragraphs, String headline) {
    List<int[]> out = new ArrayList<>();
    int base = 0;
    String own = norm(headline);
    for (String p : paragraphs) {
      if (sidebar(p.strip(), own)) {
        out.add(new int[] {base, base + p.length()});
      }
      base += p.length() + 2;
    }
    return out;
  }

  private static boolean inside(List<int[]> spans, int offset) {
    for (int[] s : spans) {
      if (offset >= s[0] && offset < s[1]) {
        return true;
      }
    }
    return false;
  }

  private static boolean sidebar(String p, String own) {
    if (p.isEmpty()) {
      return false;
    }
    String n = norm(p);
    if (!own.isEmpty() && (n.startsWith(own) || own.startsWith(n))) {
      return false;
    }
    return LABEL.matcher(p).find() || VIDEO.matcher(p).find() && !closed(p);
  }

  /** Ends as a sentence does: ".", "!", "?", ":" or one of them inside closing quotes or brackets. */
  private static boolean closed(String p) {
    int i = p.length() - 1;
    while (i >= 0 && "\"'”’)]".indexOf(p.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && ".!?:…".indexOf(p.charAt(i)) >= 0;
  }

  private static String norm(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\d]+", " ").strip();
  }
}
