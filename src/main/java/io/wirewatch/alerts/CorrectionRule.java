package io.wirewatch.alerts;

import io.wirewatch.model.AlertDetails;
import io.wirewatch.model.WireItem;
import io.wirewatch.text.VersionMarkers;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CORRECTION: what a corrected version changed. With the previous version at hand, each corrected sentence
 * is paired with the earlier sentence most like it and the two are diffed word by word; every replaced run
 * is told as a figure ("figure: 83 -> 38"), an age ("age: 32 -> 23"), a name or place ("name or place:
 * Ganjan -> Ganjam") or a wording change. Without the previous version, the editor's note is read
 * ("CORRECTS age ... to 23, not 32").
 */
public final class CorrectionRule {
  private static final Pattern NOTE_TO_NOT = Pattern.compile("(?i)\\bto\\s+([\\p{L}\\d][\\p{L}\\d,.'-]*?),?\\s+not\\s+([\\p{L}\\d][\\p{L}\\d,.'-]*)");
  private static final Pattern NOTE_SPELLING = Pattern.compile("(?i)\\bspelling\\s+of\\s+([\\p{L}'-]+(?:\\s+\\p{Lu}[\\p{L}'-]+)*)");
  private static final double MIN_SIMILARITY = 0.5;
  /** Changed sentences diffed per correction; a real correction changes a few, so this bounds hostile copy. */
  static final int MAX_CHANGED_SENTENCES = 50;
  /** Changes told per correction: enough for any real correction, and the alert stays small. */
  static final int MAX_CHANGES = 20;

  private CorrectionRule() {}

  /** True when the agency marked the item as a correction. */
  public static boolean isCorrection(WireItem item) {
    return VersionMarkers.isCorrection(item);
  }

  /** The CORRECTION details; {@code previous} (the version before) may be null. */
  public static AlertDetails.Correction evaluate(WireItem previous, WireItem corrected) {
    return evaluate(previous == null ? null : VersionText.of(previous), corrected);
  }

  /** The CORRECTION details; {@code previous} (the text of the version before) may be null. */
  public static AlertDetails.Correction evaluate(VersionText previous, WireItem corrected) {
    Set<String> changes = new LinkedHashSet<>();
    if (previous != null) {
      changes.addAll(diff(sentences(previous.headline(), previous.body()),
          sentences(corrected.headline(), corrected.body())));
    }
    if (changes.isEmpty()) {
      changes.addAll(fromNote(corrected.ednote()));
    }
    return new AlertDetails.Correction(corrected.uri(), corrected.ednote(), List.copyOf(changes));
  }

  private static List<String> sentences(String headline, List<String> body) {
    List<String> out = new ArrayList<>();
    out.add(VersionMarkers.withoutPrefixes(headline.strip()));
    out.addAll(Sentences.of(body));
    return out;
  }

  static List<String> diff(List<String> before, List<String> after) {
    Set<String> old = Set.copyOf(before);
    List<List<String>> oldWords = before.stream().map(WordDiff::words).toList();
    Set<String> out = new LinkedHashSet<>();
    int diffed = 0;
    for (String s : after) {
      if (old.contains(s)) {
        continue;
      }
      if (++diffed > MAX_CHANGED_SENTENCES || out.size() >= MAX_CHANGES) {
        break;
      }
      List<String> words = WordDiff.words(s);
      int match = mostLike(words, oldWords);
      if (match >= 0) {
        for (WordDiff.Change c : WordDiff.changes(oldWords.get(match), words)) {
          if (out.size() < MAX_CHANGES) {
            out.add(c.describe());
          }
        }
      }
    }
    return List.copyOf(out);
  }

  private static int mostLike(List<String> words, List<List<String>> candidates) {
    int best = -1;
    double bestScore = MIN_SIMILARITY;
    for (int i = 0; i < candidates.size(); i++) {
      double score = WordDiff.similarity(words, candidates.get(i));
      if (score >= bestScore) {
        best = i;
        bestScore = score;
      }
    }
    return best;
  }

  private static String trim(String s) {
    return s.replaceAll("[.,']+$", "");
  }

  static List<String> fromNote(String note) {
    List<String> out = new ArrayList<>();
    if (note == null) {
      return out;
    }
    Matcher m = NOTE_TO_NOT.matcher(note);
    while (m.find()) {
      out.add(WordDiff.describe(List.of(trim(m.group(2))), List.of(trim(m.group(1))), List.of()));
    }
    Matcher s = NOTE_SPELLING.matcher(note);
    if (out.isEmpty() && s.find()) {
      out.add("spelling: " + s.group(1));
    }
    return out;
  }
}
