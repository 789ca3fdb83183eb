package io.wirewatch.alerts.escalation;

import io.wirewatch.alerts.escalation.SentenceReading.Frame;
import io.wirewatch.model.WireItem;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads escalation evidence out of an item, sentence by sentence, in the item's own language: for every
 * sentence of the headline and body, the highest ladder cue that reports an act (not negated or denied, not
 * hypothetical, not threatened, not background, not another domain's metaphor, not another story). A
 * language without escalation data gives no evidence at all. Pure and thread-safe.
 */
public final class EscalationDetector {
  private static final EscalationLevel[] HIGH_TO_LOW = {EscalationLevel.WAR, EscalationLevel.CASUALTIES,
      EscalationLevel.CLASHES, EscalationLevel.TENSION};

  private final EscalationConfig config;
  private final DomainClassifier classifier;

  public EscalationDetector(EscalationConfig config) {
    this.config = config;
    this.classifier = new DomainClassifier(config);
  }

  /** The detector with the bundled subject codes and the cue data of every language that has it. */
  public static EscalationDetector withDefaults() {
    return new EscalationDetector(EscalationConfig.loadDefault());
  }

  public EscalationConfig config() {
    return config;
  }

  public DomainClassifier classifier() {
    return classifier;
  }

  /** Evidence per sentence, headline first, for an item of the domain its own text and codes give. */
  public List<Evidence> detect(WireItem item) {
    return detect(item, classifier.classify(item).domain());
  }

  /**
   * Evidence per sentence, headline first, in text order. In a conflict, unrest or security item a death
   * or injury is a casualty of the event; elsewhere it needs violence named in its own sentence.
   */
  public List<Evidence> detect(WireItem item, StoryDomain domain) {
    List<Evidence> out = new ArrayList<>();
    List<SentenceReading> readings = read(item, domain);
    boolean headline = !item.headline().isBlank();
    for (int i = 0; i < readings.size(); i++) {
      SentenceReading r = readings.get(i);
      if (r.isEvidence()) {
        out.add(new Evidence(r.sentence(), r.cue(), r.level(), headline && i == 0));
      }
    }
    return out;
  }

  /** Every sentence's reading, headline first; an item in a language without data reads as nothing. */
  public List<SentenceReading> read(WireItem item, StoryDomain domain) {
    ItemScans scans = ItemScans.of(item);
    if (scans.cues().isEmpty()) {
      return List.of();
    }
    CueSet c = scans.cues().get();
    boolean violent = domain != null && domain.hasLadder();
    int year = yearOf(item);
    List<SentenceReading> out = new ArrayList<>();
    boolean background = false;
    for (int i = 0; i < scans.sentences().size(); i++) {
      ItemScans.Line line = scans.sentences().get(i);
      CueScan scan = line.scan();
      if (i == 0 && scans.hasHeadline()) {
        out.add(Background.hasHistoricalPhrase(scan) ? headlineOfThePast(scan, c, violent) : sentence(scan, c, violent));
        continue;
      }
      background = Background.isHistorical(scan, year, c)
          || (background && !line.opensParagraph() && !Background.isPresent(scan));
      out.add(background ? SentenceReading.none(scan.text().sentence(), Frame.BACKGROUND) : sentence(scan, c, violent));
    }
    return out;
  }

  /**
   * The evidence one sentence gives on its own, as if it were news of the given year (0 = unknown: any
   * year named is the past). Background runs across sentences are not seen here.
   */
  public Optional<Evidence> detectSentence(String sentence, String language, int currentYear) {
    SentenceReading r = readSentence(sentence, language, currentYear, false);
    return r.isEvidence() ? Optional.of(new Evidence(r.sentence(), r.cue(), r.level(), false)) : Optional.empty();
  }

  /** One sentence's reading; {@code violentEvent} when it belongs to a conflict, unrest or security item. */
  public SentenceReading readSentence(String sentence, String language, int currentYear, boolean violentEvent) {
    Optional<CueSet> set = CueSet.of(ItemLanguage.primary(language));
    if (set.isEmpty()) {
      return SentenceReading.none(sentence, Frame.NONE);
    }
    CueScan scan = set.get().scan(CueText.of(sentence, set.get().contractions()));
    if (Background.isHistorical(scan, currentYear, set.get())) {
      return SentenceReading.none(sentence, Frame.BACKGROUND);
    }
    return sentence(scan, set.get(), violentEvent);
  }

  /** The highest level in the evidence, NONE when there is none. */
  public static EscalationLevel levelOf(List<Evidence> evidence) {
    return evidence.stream().map(Evidence::level).reduce(EscalationLevel.NONE, EscalationLevel::max);
  }

  /** The level an item of this domain supports: the ladder's domains in full, politics up to tension. */
  public static EscalationLevel levelOf(List<Evidence> evidence, StoryDomain domain) {
    EscalationLevel level = levelOf(evidence);
    if (domain.hasLadder()) {
      return level;
    }
    return domain == StoryDomain.POLITICS && level != EscalationLevel.NONE ? EscalationLevel.TENSION
        : EscalationLevel.NONE;
  }

  /**
   * A headline that names the past ("marks anniversary of invasion", "verdict in massacre trial") reports
   * that past: only what it says at tension ("curfew imposed ahead of verdict") is news.
   */
  private SentenceReading headlineOfThePast(CueScan scan, CueSet c, boolean violent) {
    SentenceReading r = sentence(scan, c, violent);
    if (r.level().compareTo(EscalationLevel.TENSION) <= 0) {
      return r;
    }
    SentenceReading tension = sentence(scan, c, violent, EscalationLevel.TENSION);
    return tension.isEvidence() ? tension
        : new SentenceReading(r.sentence(), r.level(), r.cue(), Frame.BACKGROUND, r.participants());
  }

  private SentenceReading sentence(CueScan scan, CueSet c, boolean violent) {
    return sentence(scan, c, violent, EscalationLevel.WAR);
  }

  private SentenceReading sentence(CueScan scan, CueSet c, boolean violent, EscalationLevel highest) {
    CueText text = scan.text();
    String sentence = text.sentence();
    if (text.size() == 0) {
      return SentenceReading.none(sentence, Frame.NONE);
    }
    if (scan.has("other-story")) {
      return SentenceReading.none(sentence, Frame.OTHER_STORY);
    }
    if (scan.has("metaphor-context")) {
      return SentenceReading.none(sentence, Frame.METAPHOR);
    }
    CueGuards guards = new CueGuards(scan, c);
    SentenceReading blocked = null;
    for (EscalationLevel level : HIGH_TO_LOW) {
      if (level.compareTo(highest) > 0) {
        continue;
      }
      for (CuePhrase.Match m : scan.of(level.id(), guards.blocked())) {
        Frame frame = guards.frame(m, level, violent);
        if (frame == Frame.ACT) {
          return reading(scan, level, m, frame);
        }
        if (blocked == null) {
          blocked = reading(scan, level, m, frame);
        }
      }
    }
    return blocked != null ? blocked : SentenceReading.none(sentence, Frame.NONE);
  }

  private static SentenceReading reading(CueScan scan, EscalationLevel level, CuePhrase.Match m, Frame frame) {
    CueText text = scan.text();
    return new SentenceReading(text.sentence(), level, text.span(m.from(), m.to()), frame, participants(scan));
  }

  private static List<String> participants(CueScan scan) {
    CueText text = scan.text();
    Set<String> out = new LinkedHashSet<>();
    for (CuePhrase.Match m : scan.of("actor")) {
      out.add(text.span(m.from(), m.to()));
    }
    return List.copyOf(out);
  }

  private static int yearOf(WireItem item) {
    for (Instant t : new Instant[] {item.versionCreated(), item.firstCreated(), item.receivedAt()}) {
      if (t != null) {
        return t.atZone(ZoneOffset.UTC).getYear();
      }
    }
    return 0;
  }
}
