package io.wirewatch.stories;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Two spellings of one person named in full, in a language whose {@code stories-names.tsv} says its personal
 * names are written given name first and family name last ({@code person given-family}): reports of one person
 * differ in the words between (a middle name, a nickname in quotes: "Ray Doe", "Ray Tam Doe", "Ray 'Bo' Doe"), in a
 * hyphen ("Ray Doe-Vell", "Ray Doe Vell") and in a slip of one letter in the given or the family name ("Rayne",
 * "Raynee"; "Doe", "Deo" are too short to tell). Both names read alike in their given and family names, but for at
 * most one edit (a letter added, dropped, changed or two swapped) in a word of four letters or more with the same
 * first letter; where both write words between, those of the shorter are all in the longer ("Ray Tam Doe" and "Ray
 * Lin Doe" are two people). Pure: names as the features key them ({@code n:ray tam doe}).
 */
final class NameVariants {
  private static final Map<String, Boolean> READS = new ConcurrentHashMap<>();
  /** A word shorter than this is compared as written: one letter is too much of it. */
  private static final int SLIP_LENGTH = 4;

  private NameVariants() {}

  /** Whether {@code lang} writes personal names given name first and family name last. */
  static boolean reads(String lang) {
    return lang != null && READS.computeIfAbsent(lang,
        l -> StoryVocabulary.lowerCased(l, "stories-names.tsv", "person").contains("given-family"));
  }

  /** The words a name in full ({@code n:ray doe-vell}) is looked up by: its given and its family name. */
  static List<String> keys(String term) {
    String[] w = words(term);
    return w.length < 2 ? List.of() : List.of(w[0], w[w.length - 1]);
  }

  /** Whether two names in full are other spellings of one person (not the same spelling). */
  static boolean same(String a, String b) {
    if (a.equals(b)) {
      return false;
    }
    String[] x = words(a);
    String[] y = words(b);
    if (x.length < 2 || y.length < 2) {
      return false;
    }
    int edits = edits(x[0], y[0]) + edits(x[x.length - 1], y[y.length - 1]);
    if (edits > 1) {
      return false;
    }
    String[] shorter = x.length <= y.length ? x : y;
    String[] longer = shorter == x ? y : x;
    List<String> between = List.of(longer).subList(1, longer.length - 1);
    for (int i = 1; i < shorter.length - 1; i++) {
      if (!between.contains(shorter[i])) {
        return false;
      }
    }
    return true;
  }

  /** The names of {@code names} that are other spellings of {@code name}. */
  static List<String> of(String name, Collection<String> names) {
    List<String> out = new ArrayList<>();
    for (String n : names) {
      if (same(name, n)) {
        out.add(n);
      }
    }
    return out;
  }

  private static String[] words(String term) {
    String name = term.startsWith("n:") ? term.substring(2) : term;
    return name.isBlank() ? new String[0] : name.trim().split("[ -]+");
  }

  /** 0 for the same word, 1 for one slip in a word long enough to tell, else 2. */
  private static int edits(String a, String b) {
    if (a.equals(b)) {
      return 0;
    }
    if (Math.min(a.length(), b.length()) < SLIP_LENGTH || a.charAt(0) != b.charAt(0)
        || Math.abs(a.length() - b.length()) > 1) {
      return 2;
    }
    return oneSlip(a, b) ? 1 : 2;
  }

  /** Whether {@code a} becomes {@code b} by one letter added, dropped, changed, or two neighbours swapped. */
  private static boolean oneSlip(String a, String b) {
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (a.length() == b.length()) {
      return a.substring(i + 1).equals(b.substring(i + 1))
          || i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
          && a.substring(i + 2).equals(b.substring(i + 2));
    }
    return a.length() > b.length() ? a.substring(i + 1).equals(b.substring(i)) : b.substring(i + 1).equals(a.substring(i));
  }
}
