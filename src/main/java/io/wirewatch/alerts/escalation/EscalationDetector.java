package io.wirewatch.alerts.escalation;

import io.wirewatch.alerts.Sentences;
import io.wirewatch.model.WireItem;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds escalation evidence in an item: for every sentence of the headline and body that is news about
 * this story (not background, not a cross-reference, not sport or business talk), the highest ladder cue
 * that is an act (not negated, denied, feared or threatened) with its level. Pure and thread-safe.
 */
public final class EscalationDetector {
  private static final EscalationLevel[] HIGH_TO_LOW = {EscalationLevel.WAR, EscalationLevel.CASUALTIES,
      EscalationLevel.CLASHES, EscalationLevel.TENSION};

  private final EscalationConfig config;
  private final Map<String, LanguageCues> cues = new HashMap<>();

  public EscalationDetector(EscalationConfig config) {
    this.config = config;
    config.languages().forEach((lang, l) -> cues.put(lang, LanguageCues.of(l)));
  }

  /** The detector with the bundled English cues. */
  public static EscalationDetector withDefaults() {
    return new EscalationDetector(EscalationConfig.loadDefault());
  }

  public EscalationConfig config() {
    return config;
  }

  /** Evidence per sentence, headline first, in text order. */
  public List<Evidence> detect(WireItem item) {
    LanguageCues c = cuesFor(item.language());
    int year = yearOf(item);
    List<Evidence> out = new ArrayList<>();
    if (!item.headline().isBlank()) {
      sentence(item.headline(), c).ifPresent(e -> out.add(new Evidence(e.sentence(), e.cue(), e.level(), true)));
    }
    boolean first = true;
    for (String paragraph : item.body()) {
      boolean background = false;
      for (String s : Sentences.split(paragraph)) {
        String sentence = first ? Sentences.withoutDateline(s) : s;
        first = false;
        CueText text = CueText.of(sentence);
        background = Background.isHistorical(text, year, c)
            || (background && !Background.isPresent(text, c));
        if (!background) {
          sentence(sentence, c).ifPresent(out::add);
        }
      }
    }
    return out;
  }

  /**
   * The evidence one sentence gives on its own, as if it were news of the given year (0 = unknown: any
   * year named is the past). Background runs across sentences are not seen here.
   */
  public Optional<Evidence> detectSentence(String sentence, String language, int currentYear) {
    LanguageCues c = cuesFor(language);
    if (Background.isHistorical(CueText.of(sentence), currentYear, c)) {
      return Optional.empty();
    }
    return sentence(sentence, c);
  }

  /** The highest level in the evidence, NONE when there is none. */
  public static EscalationLevel levelOf(List<Evidence> evidence) {
    return evidence.stream().map(Evidence::level).reduce(EscalationLevel.NONE, EscalationLevel::max);
  }

  private Optional<Evidence> sentence(String sentence, LanguageCues c) {
    CueText text = CueText.of(sentence);
    if (text.size() == 0 || c.any(c.crossReferences(), text) || c.any(c.metaphorContext(), text)) {
      return Optional.empty();
    }
    CueGuards guards = new CueGuards(text, c);
    for (EscalationLevel level : HIGH_TO_LOW) {
      for (CuePhrase cue : c.cues(level)) {
        for (CuePhrase.Match m : cue.find(text, guards.blocked(), c.gap())) {
          if (guards.isAct(m, level)) {
            return Optional.of(new Evidence(sentence, text.span(m.from(), m.to()), level, false));
          }
        }
      }
    }
    return Optional.empty();
  }

  LanguageCues cuesFor(String language) {
    if (language != null && !language.isBlank()) {
      String primary = language.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
      LanguageCues l = cues.get(primary);
      if (l != null) {
        return l;
      }
    }
    return cues.get(config.defaultLanguage());
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
