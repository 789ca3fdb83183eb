package io.wirewatch.alerts.escalation;

import java.util.List;
import java.util.Objects;

/**
 * What one sentence says about the ladder: the highest event class it mentions, the cue that names it, the
 * participants named beside it, and the frame that decides whether it is evidence. Only {@link Frame#ACT}
 * (including reported speech: "the ministry said two soldiers were wounded") is evidence.
 *
 * @param sentence the sentence as written
 * @param level the event class of the cue ({@link EscalationLevel#NONE} when no cue was found)
 * @param cue the cue's words as written, empty when none
 * @param frame how the sentence holds the event
 * @param participants actor words and countries named in the sentence ("soldiers", "AM")
 */
public record SentenceReading(String sentence, EscalationLevel level, String cue, Frame frame,
    List<String> participants) {

  /** How a sentence holds the event its cue names. */
  public enum Frame {
    /** It happened (as reported or attributed). */
    ACT,
    /** Negated or denied: "no shots were fired", "denied that shells hit". */
    NEGATED,
    /** Possible, feared or conditional: "could lead to war", "if attacked". */
    HYPOTHETICAL,
    /** Announced or threatened, not done: "vowed to invade"; worth tension at most. */
    THREAT,
    /**
     * What the sentence's own calm event answers or follows, not news of violence: a march over a death,
     * a ceasefire agreed after weeks of fighting, talks held despite air strikes.
     */
    ANTECEDENT,
    /** The past: anniversaries, "the 2020 war", "two years ago". */
    BACKGROUND,
    /** Another domain's language: price war, a derby clash, a film about a war. */
    METAPHOR,
    /** Points at another story: "separately", "unrelated". */
    OTHER_STORY,
    /** No cue at all. */
    NONE
  }

  public SentenceReading {
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(frame, "frame");
    participants = participants == null ? List.of() : List.copyOf(participants);
  }

  static SentenceReading none(String sentence, Frame frame) {
    return new SentenceReading(sentence, EscalationLevel.NONE, "", frame, List.of());
  }

  /** True when the sentence is evidence of its level. */
  public boolean isEvidence() {
    return frame == Frame.ACT && level != EscalationLevel.NONE;
  }
}
