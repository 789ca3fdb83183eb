/**
 * The escalation ladder (tension, clashes, casualties, war: {@link io.wirewatch.alerts.escalation.EscalationLevel}).
 * {@link io.wirewatch.alerts.escalation.EscalationDetector} reads evidence out of an item sentence by sentence in
 * the item's own language, skipping negated, hypothetical, threatened, background and metaphorical cues;
 * {@link io.wirewatch.alerts.escalation.DomainClassifier} gives the story's {@link
 * io.wirewatch.alerts.escalation.StoryDomain}; {@link io.wirewatch.alerts.escalation.EscalationLadder} is the story
 * state's value that says when a story rose. Vocabulary is language data ({@code lang/<lang>/escalation-cues.tsv},
 * {@code domain-cues.tsv}), subject codes come from {@link io.wirewatch.alerts.escalation.EscalationConfig}. Pure,
 * no Kafka; like {@code alerts} it may use {@code model}, {@code text} and {@code figures}.
 */
package io.wirewatch.alerts.escalation;
