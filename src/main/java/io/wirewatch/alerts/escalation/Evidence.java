package io.wirewatch.alerts.escalation;

import java.util.Objects;

/**
 * One sentence that puts an item on a rung of the ladder: the sentence, the cue that matched in it and
 * the level of that cue.
 *
 * @param sentence the sentence as written
 * @param cue the words that matched, as written
 * @param level the cue's level
 * @param fromHeadline true when the sentence is the headline (ignored when the headline is another story's)
 */
public record Evidence(String sentence, String cue, EscalationLevel level, boolean fromHeadline) {
  public Evidence {
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(level, "level");
  }
}
