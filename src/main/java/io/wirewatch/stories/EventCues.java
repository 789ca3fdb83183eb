package io.wirewatch.stories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The kinds of event a text names ("earthquake", "séisme", "Erdbeben" are all {@code quake}), from a small
 * per-language list of word beginnings ({@code lang/<lang>/stories-events.tsv}). The type is the same in
 * every language, so reports of one event in two languages share it. Text and list are lower-cased by the
 * language's own rules and, in a script without capitals, their letter forms written alike
 * ({@link FoldedText#folded}); in a language that writes conjunctions, prepositions and the article onto
 * the word ({@code prefix} and {@code article} lines of its {@code stories-names.tsv}: Arabic "والزلزال", and the
 * earthquake), a cue also begins after one prefix and one article. Thread-safe.
 */
public final class EventCues {
  private static final Map<String, EventCues> BY_LANG = new ConcurrentHashMap<>();
  /** The cues as a tree of characters: a word is read once, however many cues there are. */
  private final Node root = new Node();
  /** The glued words that may come before a cue, in the order they are tried: the longest first. */
  private final List<String> prefixes;
  private final List<String> articles;
  private final String lang;

  /** One character's step: the next characters, and the type when a cue ends here. */
  private static final class Node {
    private char[] chars = new char[0];
    private Node[] next = new Node[0];
    private String type;

    Node child(char c) {
      for (int i = 0; i < chars.length; i++) {
        if (chars[i] == c) {
          return next[i];
        }
      }
      return null;
    }

    Node add(char c) {
      Node n = child(c);
      if (n == null) {
        n = new Node();
        chars = Arrays.copyOf(chars, chars.length + 1);
        next = Arrays.copyOf(next, next.length + 1);
        chars[chars.length - 1] = c;
        next[next.length - 1] = n;
      }
      return n;
    }
  }

  private EventCues(String lang) {
    this.lang = lang;
    for (String row : StoryVocabulary.lines(lang, "stories-events.tsv")) {
      String[] cols = row.split("\t");
      String cue = FoldedText.folded(lang, cols[0].strip());
      if (cols.length >= 2 && !cue.isEmpty()) {
        Node n = root;
        for (int i = 0; i < cue.length(); i++) {
          n = n.add(cue.charAt(i));
        }
        n.type = cols[1].strip();
      }
    }
    prefixes = glued(lang, "prefix");
    articles = glued(lang, "article");
  }

  /** The language's {@code kind} words glued before a word, the longest first, then "" for none. */
  private static List<String> glued(String lang, String kind) {
    Set<String> words = new HashSet<>();
    StoryVocabulary.ofKind(lang, "stories-names.tsv", kind).forEach(w -> words.add(FoldedText.folded(lang, w)));
    List<String> out = new ArrayList<>(words.stream()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder())).toList());
    out.add("");
    return List.copyOf(out);
  }

  public static EventCues of(String lang) {
    return BY_LANG.computeIfAbsent(lang, EventCues::new);
  }

  /**
   * The event types the text cues, in order of first mention: where no letter comes before, after at most one
   * glued prefix and one article (the longest that lets a cue follow), the longest cue; reading goes on after it.
   */
  public Set<String> in(String text) {
    Set<String> out = new LinkedHashSet<>();
    if (root.chars.length == 0 || text == null) {
      return out;
    }
    String folded = FoldedText.folded(lang, text);
    int i = 0;
    while (i < folded.length()) {
      int end = Character.isLetter(i > 0 ? folded.charAt(i - 1) : ' ') ? -1 : cueAt(folded, i, out);
      i = end > i ? end : i + 1;
    }
    return out;
  }

  /** Where the cue read at {@code at} ends (its type added to {@code out}), or -1 when none begins there. */
  private int cueAt(String text, int at, Set<String> out) {
    for (String p : prefixes) {
      if (!text.startsWith(p, at)) {
        continue;
      }
      for (String a : articles) {
        int from = at + p.length();
        if (!text.startsWith(a, from)) {
          continue;
        }
        from += a.length();
        Node n = root;
        String type = null;
        int end = -1;
        for (int j = from; j < text.length() && (n = n.child(text.charAt(j))) != null; j++) {
          if (n.type != null) {
            type = n.type;
            end = j + 1;
          }
        }
        if (type != null) {
          out.add(type);
          return end;
        }
      }
    }
    return -1;
  }
}
