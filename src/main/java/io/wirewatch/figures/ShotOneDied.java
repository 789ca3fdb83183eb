package io.wirewatch.figures;

import io.wirewatch.model.Figure;
import io.wirewatch.model.Figure.Metric;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everyone shot, and a death told without a number: "Four people were shot outside the bar" and later
 * "Jones died at the hospital" or "one of the victims was pronounced dead". The four are everyone hit, the
 * dead included; the death names no count, so it is one. When the item's injured figure counts everyone
 * shot and the item states no killed count but says someone died, the killed figure is one (its provenance
 * the death sentence) and the injured figure is everyone shot less that one.
 */
final class ShotOneDied {
  /** A death in the body: a verb of dying, not "fatal" (which also describes other and past shootings). */
  private static final Pattern DIED = LaterDeath.words("shot-died");
  /** A death in the headline: the headline tells the item's own incident, so "fatal shooting" counts. */
  private static final Pattern HEADLINE_DEATH = LaterDeath.words("shot-headline-death");
  /**
   * Deaths that are not a victim of this incident: a relative clause about someone else ("the funeral of a
   * man who died last month", "whose mother died years ago") and negations ("none of them died").
   */
  private static final Pattern NOT_OURS = Pattern.compile(LegacyWords.alternatives("shot-not-ours"),
      Pattern.CASE_INSENSITIVE);

  private ShotOneDied() {}

  /** The first sentence (headline first, then the body) that says a victim died; null if none does. */
  static Sentences.Sentence death(String headline, List<Sentences.Sentence> body) {
    if (headline != null && HEADLINE_DEATH.matcher(headline).find() && !NOT_OURS.matcher(headline).find()) {
      return new Sentences.Sentence(headline, -1);
    }
    return body.stream().filter(s -> DIED.matcher(s.text()).find() && !NOT_OURS.matcher(s.text()).find())
        .findFirst().orElse(null);
  }

  /**
   * Applies the rule to {@code figures} (by key); {@code shot} holds the injured keys whose figure counts
   * everyone shot; {@code death} is the first sentence of the item that states a death, or null.
   */
  static void apply(Map<String, Figure> figures, Set<String> shot, Sentences.Sentence death) {
    if (death == null) {
      return;
    }
    for (String key : List.copyOf(shot)) {
      Figure hit = figures.get(key);
      String killedKey = Metric.KILLED.id() + "|" + (hit == null ? "" : hit.subjectKey());
      if (hit == null || hit.value() < 2 || figures.containsKey(killedKey)) {
        continue;
      }
      figures.put(killedKey, LaterDeath.killed(hit, death));
    }
  }
}
