package io.wirewatch.figures;

import io.wirewatch.model.Figure;
import io.wirewatch.model.Figure.Metric;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The lone victim who died: local news often names one victim as "shot" ("a man was shot Saturday night")
 * and says elsewhere that he died ("He was pronounced dead at the hospital", headline "Man dies after
 * shooting"). When the item's injured figure is only a singular's count of one and the item states a death
 * in another sentence, that victim is the dead one: the injured figure goes, and becomes a killed figure of
 * one when the item states no killed count. A singular marked as a further victim ("another man", "a second
 * man", "was also shot") or named in the same sentence as the killed count is a different person and stays.
 */
final class LaterDeath {
  private static final Pattern DEATH = words("later-death");
  /**
   * A headline tells its item's own incident, so it also says a death by naming it: "Teen's shooting death",
   * "toddler killed", "kills officer's son", "slaying of", "deadly shooting", "passes away", "takes own life".
   * Not an attempted one ("attempted murder"), nor one beside the attacker ("suspect killed"), who may be the
   * one who died.
   */
  private static final Pattern HEADLINE_DEATH = words("later-headline-death");
  /** An attempt is no death, and a headline naming the attacker may tell his death, not the victim's. */
  private static final Pattern NOT_THE_VICTIMS = Pattern.compile(LegacyWords.alternatives("later-not-victim"),
      Pattern.CASE_INSENSITIVE);
  private static final Pattern FURTHER = words("later-further");

  private LaterDeath() {}

  /** A pattern of whole words or phrases, the alternatives of {@code name}, matched ignoring case. */
  static Pattern words(String name) {
    return Pattern.compile("\\b(" + LegacyWords.alternatives(name) + ")\\b", Pattern.CASE_INSENSITIVE);
  }

  /**
   * Applies the rule to {@code figures} (by key); {@code singular} holds the keys whose figure is a count of
   * one from a singular; {@code death} is the first sentence of the item that states a death, or null.
   */
  static void apply(Map<String, Figure> figures, java.util.Set<String> singular, Sentences.Sentence death) {
    for (String key : java.util.List.copyOf(figures.keySet())) {
      Figure hurt = figures.get(key);
      if (hurt.metric() != Metric.INJURED || !singular.contains(key) || hurt.value() != 1
          || FURTHER.matcher(hurt.sentence()).find()) {
        continue;
      }
      Figure dead = figures.get(Metric.KILLED.id() + "|" + hurt.subjectKey());
      if (dead != null && !dead.sentence().equals(hurt.sentence())) {
        figures.remove(key);
      } else if (dead == null && death != null && !death.text().equals(hurt.sentence())) {
        figures.remove(key);
        figures.put(Metric.KILLED.id() + "|" + hurt.subjectKey(), killed(hurt, death));
      }
    }
  }

  /** The first sentence (headline first, then the body) that says someone died; null if none does. */
  static Sentences.Sentence firstDeath(String headline, java.util.List<Sentences.Sentence> body) {
    if (headline != null && (DEATH.matcher(headline).find()
        || HEADLINE_DEATH.matcher(headline).find() && !NOT_THE_VICTIMS.matcher(headline).find())) {
      return new Sentences.Sentence(headline, -1);
    }
    return body.stream().filter(s -> DEATH.matcher(s.text()).find()).findFirst().orElse(null);
  }

  /** A killed count of one for the victim of {@code f}, with the death sentence as its provenance. */
  static Figure killed(Figure f, Sentences.Sentence death) {
    return new Figure(Metric.KILLED, f.subjectKey(), f.subject(), 1, f.qualifier(), null, false, death.text(),
        death.offset(), f.source(), f.itemUri(), f.agency(), f.time());
  }
}
