package io.wirewatch.alerts.escalation;

import io.wirewatch.model.Subject;
import io.wirewatch.model.WireItem;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Decides an item's {@link StoryDomain}: from its IPTC subject codes when it has decisive ones (conflict,
 * crime, disaster, sport, economy), otherwise from the domain cues of its own language
 * ({@code lang/<lang>/domain-cues.tsv}), the headline counting twice. A politics code is not decisive: a
 * politics story whose text is about protests, riots or fighting is unrest or conflict. Text with no cue,
 * or in a language without data, is {@link StoryDomain#OTHER}, unless it names a ladder event
 * other than a death or injury (then conflict).
 */
public final class DomainClassifier {
  /** A classification, and whether a subject code decided it (text guesses yield to codes). */
  public record Classification(StoryDomain domain, boolean bySubjectCode) {}

  /** Order of preference on a tie: the ladder's domains first, then the others. */
  private static final StoryDomain[] TEXT_ORDER = {StoryDomain.CONFLICT, StoryDomain.UNREST,
      StoryDomain.SECURITY, StoryDomain.DISASTER, StoryDomain.ACCIDENT, StoryDomain.CRIME, StoryDomain.SPORT,
      StoryDomain.BUSINESS, StoryDomain.OTHER, StoryDomain.POLITICS};
  private static final int HEADLINE_WEIGHT = 2;

  private final EscalationConfig config;

  public DomainClassifier(EscalationConfig config) {
    this.config = config;
  }

  public Classification classify(WireItem item) {
    StoryDomain coded = fromSubjects(item.subjects());
    if (coded != null && coded != StoryDomain.POLITICS) {
      return new Classification(coded, true);
    }
    Map<StoryDomain, Integer> hits = textHits(item);
    StoryDomain best = coded == StoryDomain.POLITICS ? StoryDomain.POLITICS : StoryDomain.OTHER;
    int bestHits = 0;
    for (StoryDomain d : TEXT_ORDER) {
      if (coded == StoryDomain.POLITICS && !d.hasLadder()) {
        continue;
      }
      if (hits.getOrDefault(d, 0) > bestHits) {
        best = d;
        bestHits = hits.get(d);
      }
    }
    if (bestHits == 0 && best == StoryDomain.OTHER && hasLadderCue(item)) {
      return new Classification(StoryDomain.CONFLICT, false);
    }
    return new Classification(best, false);
  }

  /** True when the item names tension, clashes or war although no domain cue points anywhere. */
  private static boolean hasLadderCue(WireItem item) {
    return ItemScans.of(item).sentences().stream().map(ItemScans.Line::scan)
        .anyMatch(scan -> scan.has(EscalationLevel.TENSION.id()) || scan.has(EscalationLevel.CLASHES.id())
            || scan.has(EscalationLevel.WAR.id()));
  }

  /** The most newsworthy domain among decisive subject codes, POLITICS for a politics code, else null. */
  StoryDomain fromSubjects(List<Subject> subjects) {
    Map<String, String> codes = config.subjectCodes();
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

  private static Map<StoryDomain, Integer> textHits(WireItem item) {
    Map<StoryDomain, Integer> hits = new EnumMap<>(StoryDomain.class);
    ItemScans scans = ItemScans.of(item);
    for (int i = 0; i < scans.sentences().size(); i++) {
      int weight = i == 0 && scans.hasHeadline() ? HEADLINE_WEIGHT : 1;
      CueScan scan = scans.sentences().get(i).scan();
      for (StoryDomain domain : StoryDomain.values()) {
        int n = scan.of(domain).size();
        if (n > 0) {
          hits.merge(domain, n * weight, Integer::sum);
        }
      }
    }
    return hits;
  }
}
