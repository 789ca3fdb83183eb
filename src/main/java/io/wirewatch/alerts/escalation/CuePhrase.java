package io.wirewatch.alerts.escalation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A cue as written in a language's {@code escalation-cues.tsv}: words separated by spaces, each matched
 * against a lower-case token without accents; a word ending in {@code *} matches any token starting with
 * it, one starting with {@code *} any token ending with it, and {@code *word*} any token holding it (German
 * compounds: "*angriff*" meets "Luftangriffe"). Between two words of a phrase up to {@code gap} other
 * tokens may stand ("opened intensive fire" matches "open* fire").
 */
record CuePhrase(String text, List<String> words) {
  /** Where a phrase matched: first and last token index. */
  record Match(CuePhrase phrase, int from, int to) {}

  static CuePhrase parse(String text) {
    String t = CueText.fold(text.strip()).replace('-', ' ');
    if (t.isEmpty()) {
      throw new IllegalArgumentException("empty cue");
    }
    return new CuePhrase(text.strip(), List.of(t.split("\\s+")));
  }

  static List<CuePhrase> parseAll(List<String> texts) {
    return texts == null ? List.of() : texts.stream().map(CuePhrase::parse).toList();
  }

  /** Every place the phrase matches, skipping tokens marked in {@code blocked}. */
  List<Match> find(CueText text, boolean[] blocked, int gap) {
    List<Match> out = new ArrayList<>();
    for (int i = 0; i < text.size(); i++) {
      if (blocked[i] || !wordMatches(words.get(0), text.word(i))) {
        continue;
      }
      int end = matchRest(text, blocked, i, gap);
      if (end >= 0) {
        out.add(new Match(this, i, end));
      }
    }
    return out;
  }

  /** The match that starts at token {@code i}, or null. */
  Match matchAt(CueText text, boolean[] blocked, int i, int gap) {
    if (blocked[i] || !wordMatches(words.get(0), text.word(i))) {
      return null;
    }
    int end = matchRest(text, blocked, i, gap);
    return end >= 0 ? new Match(this, i, end) : null;
  }

  boolean occursIn(CueText text, int gap) {
    return !find(text, new boolean[text.size()], gap).isEmpty();
  }

  private int matchRest(CueText text, boolean[] blocked, int first, int gap) {
    int pos = first;
    for (int w = 1; w < words.size(); w++) {
      int found = -1;
      for (int j = pos + 1; j <= Math.min(text.size() - 1, pos + 1 + gap); j++) {
        if (!blocked[j] && wordMatches(words.get(w), text.word(j))) {
          found = j;
          break;
        }
      }
      if (found < 0) {
        return -1;
      }
      pos = found;
    }
    return pos;
  }

  static boolean wordMatches(String pattern, String token) {
    int last = pattern.length() - 1;
    boolean head = last > 0 && pattern.charAt(0) == '*';
    boolean tail = last >= 0 && pattern.charAt(last) == '*';
    if (head && tail) {
      return token.contains(pattern.substring(1, last));
    }
    if (head) {
      return token.endsWith(pattern.substring(1));
    }
    if (tail) {
      return token.length() >= last && token.regionMatches(0, pattern, 0, last);
    }
    return pattern.equals(token);
  }

  /** True when any single-word pattern in {@code patterns} matches {@code token}. */
  static boolean anyWord(List<CuePhrase> patterns, String token) {
    return patterns.stream().anyMatch(p -> p.words().size() == 1 && wordMatches(p.words().get(0), token));
  }

  @Override
  public String toString() {
    return text + " " + Arrays.toString(words.toArray());
  }
}
