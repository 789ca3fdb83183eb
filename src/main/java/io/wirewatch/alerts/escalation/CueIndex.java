package io.wirewatch.alerts.escalation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every cue of a language (ladder cues, guards, domain cues), each tagged with its class, indexed by its
 * first word so that a sentence is matched in one pass, looking each token up once: exact first words by the
 * word, prefix patterns ("shell*") by their first {@value #KEY} letters, and the few suffix and infix
 * patterns ("*angriff*") tried at every token.
 */
final class CueIndex {
  /** A cue and the class it belongs to ("clashes", "negation", "domain:sport", ...). */
  record Tagged(String kind, CuePhrase phrase) {}

  private static final int KEY = 3;

  private final Map<String, List<Tagged>> exact = new HashMap<>();
  private final Map<String, List<Tagged>> prefix = new HashMap<>();
  private final List<Tagged> anywhere = new ArrayList<>();

  CueIndex(List<Tagged> cues) {
    for (Tagged t : cues) {
      String first = t.phrase().words().get(0);
      boolean head = first.length() > 1 && first.charAt(0) == '*';
      boolean tail = first.endsWith("*");
      if (head || (tail && first.length() - 1 < KEY)) {
        anywhere.add(t);
      } else if (tail) {
        prefix.computeIfAbsent(first.substring(0, KEY), k -> new ArrayList<>()).add(t);
      } else {
        exact.computeIfAbsent(first, k -> new ArrayList<>()).add(t);
      }
    }
  }

  /** Every match of every cue in the sentence, by class, in token order. */
  Map<String, List<CuePhrase.Match>> scan(CueText text, int gap) {
    Map<String, List<CuePhrase.Match>> out = new HashMap<>();
    boolean[] none = new boolean[text.size()];
    for (int i = 0; i < text.size(); i++) {
      String word = text.word(i);
      tryAll(exact.get(word), i, text, none, gap, out);
      if (word.length() >= KEY) {
        tryAll(prefix.get(word.substring(0, KEY)), i, text, none, gap, out);
      }
      tryAll(anywhere, i, text, none, gap, out);
    }
    return out;
  }

  private static void tryAll(List<Tagged> cues, int i, CueText text, boolean[] none, int gap,
      Map<String, List<CuePhrase.Match>> out) {
    if (cues == null) {
      return;
    }
    for (Tagged t : cues) {
      CuePhrase.Match m = t.phrase().matchAt(text, none, i, gap);
      if (m != null) {
        out.computeIfAbsent(t.kind(), k -> new ArrayList<>()).add(m);
      }
    }
  }
}
