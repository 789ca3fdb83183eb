package io.wirewatch.stories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Counts the distinct participants among shared name features: "markus soder", "markus" and "soder" are
 * one participant, "markus soder" and "angela merkel" two. One shared name is weak evidence of one event
 * (a head of government is in many stories); two or more named alike are strong. Pure.
 */
final class Participants {
  private Participants() {}

  /** The distinct participants among {@code nameTerms} ({@code n:} keys; other keys are ignored). */
  static List<String> distinct(Collection<String> nameTerms) {
    List<String[]> names = new ArrayList<>();
    for (String t : nameTerms) {
      if (t.startsWith("n:")) {
        names.add(t.substring(2).split(" "));
      }
    }
    names.sort(Comparator.<String[]>comparingInt(n -> -n.length).thenComparing(n -> String.join(" ", n)));
    List<Set<String>> kept = new ArrayList<>();
    List<String> out = new ArrayList<>();
    for (String[] n : names) {
      List<String> words = Arrays.asList(n);
      if (kept.stream().noneMatch(k -> k.containsAll(words))) {
        kept.add(new HashSet<>(words));
        out.add(String.join(" ", n));
      }
    }
    return out;
  }
}
