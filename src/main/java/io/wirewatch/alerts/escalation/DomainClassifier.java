package io.wirewatch.alerts.escalation;

import io.wirewatch.alerts.Sentences;
import io.wirewatch.model.Subject;
import io.wirewatch.model.WireItem;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Decides an item's {@link StoryDomain}: from its IPTC subject codes when it has decisive ones (conflict,
 * crime, disaster, sport, economy), otherwise from the words of its text. A politics code is not
 * decisive: a politics story whose text is about protests, riots or fighting is unrest or conflict.
 */
public final class DomainClassifier {
  /** A classification, and whether a subject code decided it (text guesses yield to codes). */
  public record Classification(StoryDomain domain, boolean bySubjectCode) {}

  private static final StoryDomain[] TEXT_ORDER = {StoryDomain.CONFLICT, StoryDomain.UNREST,
      StoryDomain.SECURITY, StoryDomain.DISASTER, StoryDomain.SPORT, StoryDomain.BUSINESS, StoryDomain.POLITICS};
  private static final int MIN_TEXT_HITS = 2;

  private final EscalationDetector detector;

  public DomainClassifier(EscalationDetector detector) {
    this.detector = detector;
  }

  public Classification classify(WireItem item) {
    StoryDomain coded = fromSubjects(item.subjects());
    if (coded != null && coded != StoryDomain.POLITICS) {
      return new Classification(coded, true);
    }
    Map<StoryDomain, Integer> hits = textHits(item);
    StoryDomain best = StoryDomain.UNKNOWN;
    int bestHits = MIN_TEXT_HITS - 1;
    for (StoryDomain d : TEXT_ORDER) {
      if (coded == StoryDomain.POLITICS && !d.isHardNews()) {
        continue;
      }
      if (hits.getOrDefault(d, 0) > bestHits) {
        best = d;
        bestHits = hits.get(d);
      }
    }
    if (best == StoryDomain.UNKNOWN && coded == StoryDomain.POLITICS) {
      return new Classification(StoryDomain.POLITICS, false);
    }
    return new Classification(best, false);
  }

  /** The most newsworthy domain among decisive subject codes, POLITICS for a politics code, else null. */
  StoryDomain fromSubjects(List<Subject> subjects) {
    Map<String, String> codes = detector.config().subjectCodes();
    StoryDomain found = null;
    for (Subject s : subjects) {
      String top = topLevel(s.code());
      String id = top == null ? null : codes.get(top);
      if (id != null) {
        StoryDomain d = StoryDomain.of(id);
        if (found == null || d.ordinal() < found.ordinal()) {
          found = d;
        }
      }
    }
    return found;
  }

  private static String topLevel(String code) {
    if (code == null) {
      return null;
    }
    String digits = code.substring(code.indexOf(':') + 1).strip();
    return digits.length() >= 2 && Character.isDigit(digits.charAt(0)) && Character.isDigit(digits.charAt(1))
        ? digits.substring(0, 2) : null;
  }

  private Map<StoryDomain, Integer> textHits(WireItem item) {
    LanguageCues c = detector.cuesFor(item.language());
    List<String> sentences = new ArrayList<>();
    sentences.add(item.headline());
    sentences.addAll(Sentences.of(item.body()));
    Map<StoryDomain, Integer> hits = new EnumMap<>(StoryDomain.class);
    for (String s : sentences) {
      CueText text = CueText.of(s);
      boolean[] none = new boolean[text.size()];
      c.domains().forEach((domain, phrases) -> {
        int n = 0;
        for (CuePhrase p : phrases) {
          n += p.find(text, none, 0).size();
        }
        hits.merge(domain, n, Integer::sum);
      });
    }
    return hits;
  }
}
