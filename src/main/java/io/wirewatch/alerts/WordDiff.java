package io.wirewatch.alerts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level diff of two sentences (longest common subsequence) that tells what kind of words changed.
 * The work is bounded: the common head and tail are skipped in linear time, and when what is left would need
 * more than {@link #MAX_CELLS} table cells (hostile or run-on copy: 60,000 words against 60,000 words is
 * 3.6 billion cells) the whole middle is told as one replaced run instead.
 */
final class WordDiff {
  /** The largest LCS table built: 4 MB of ints, far above any real sentence pair (200 x 200 words). */
  static final int MAX_CELLS = 1_000_000;
  /** Words shown per side of a change; a longer run is shortened with an ellipsis. */
  static final int MAX_SHOWN_WORDS = 12;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[.,'\u2019][\\p{L}\\p{N}]+)*");
  private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*");

  /** One replaced run: words removed from the old sentence, words put in, and the words after them. */
  record Change(List<String> removed, List<String> added, List<String> after) {
    String describe() {
      return WordDiff.describe(removed, added, after);
    }
  }

  private WordDiff() {}

  static List<String> words(String sentence) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(sentence);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  static double similarity(List<String> a, List<String> b) {
    Set<String> sa = new HashSet<>(a);
    Set<String> sb = new HashSet<>(b);
    Set<String> inter = new HashSet<>(sa);
    inter.retainAll(sb);
    sa.addAll(sb);
    return sa.isEmpty() ? 0 : (double) inter.size() / sa.size();
  }

  /** The replaced runs between {@code a} (old) and {@code b} (new). */
  static List<Change> changes(List<String> a, List<String> b) {
    int head = 0;
    while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
      head++;
    }
    int tail = 0;
    while (tail < a.size() - head && tail < b.size() - head
        && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
      tail++;
    }
    List<String> midA = a.subList(head, a.size() - tail);
    List<String> midB = b.subList(head, b.size() - tail);
    List<String> rest = b.subList(b.size() - tail, b.size());
    if (midA.isEmpty() && midB.isEmpty()) {
      return List.of();
    }
    if ((long) (midA.size() + 1) * (midB.size() + 1) > MAX_CELLS) {
      return List.of(new Change(midA, midB, rest.subList(0, Math.min(rest.size(), 2))));
    }
    return lcsChanges(midA, midB, rest);
  }

  private static List<Change> lcsChanges(List<String> a, List<String> b, List<String> rest) {
    int[][] lcs = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<String> full = new ArrayList<>(b);
    full.addAll(rest.subList(0, Math.min(rest.size(), 2)));
    List<Change> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
        i++;
        j++;
        continue;
      }
      int si = i;
      int sj = j;
      while ((i < a.size() || j < b.size()) && !(i < a.size() && j < b.size() && a.get(i).equals(b.get(j)))) {
        if (j >= b.size() || (i < a.size() && lcs[i + 1][j] >= lcs[i][j + 1])) {
          i++;
        } else {
          j++;
        }
      }
      out.add(new Change(a.subList(si, i), b.subList(sj, j), full.subList(j, Math.min(full.size(), j + 2))));
    }
    return out;
  }

  static String describe(List<String> removed, List<String> added, List<String> after) {
    String from = shown(removed);
    String to = shown(added);
    String kind;
    if (isNumber(from) && isNumber(to)) {
      kind = !after.isEmpty() && after.get(0).equalsIgnoreCase("year") ? "age" : "figure";
    } else if (isName(removed) || isName(added)) {
      kind = "name or place";
    } else {
      kind = "wording";
    }
    return kind + ": " + (from.isEmpty() ? "(none)" : from) + " -> " + (to.isEmpty() ? "(none)" : to);
  }

  private static String shown(List<String> words) {
    if (words.size() <= MAX_SHOWN_WORDS) {
      return String.join(" ", words);
    }
    return String.join(" ", words.subList(0, MAX_SHOWN_WORDS)) + " \u2026 (" + words.size() + " words)";
  }

  private static boolean isNumber(String s) {
    return !s.isEmpty() && NUMBER.matcher(s).matches();
  }

  private static boolean isName(List<String> words) {
    return !words.isEmpty() && words.stream().allMatch(w -> Character.isUpperCase(w.charAt(0)));
  }
}
