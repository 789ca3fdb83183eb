package io.wirewatch.alerts;

import io.wirewatch.alerts.escalation.DomainClassifier;
import io.wirewatch.alerts.escalation.EscalationDetector;
import io.wirewatch.alerts.escalation.EscalationLadder;
import io.wirewatch.alerts.escalation.Evidence;
import io.wirewatch.model.AlertDetails;
import io.wirewatch.model.DecisionStatus;
import io.wirewatch.model.WireItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the story-level rules (HEADLINE_MISMATCH, KILL, CORRECTION, ESCALATION) for one item that joined a
 * story, in that order: the headline check comes first because a borrowed headline's words must not
 * escalate the story. Pure: the caller keeps the returned state. Duplicates raise nothing. A failing rule
 * is reported in {@link Outcome#errors()} and does not stop the others.
 */
public final class StoryRules {
  /** The new state, the alerts' details in rule order, the escalation evidence used, and rule errors. */
  public record Outcome(StoryRuleState state, List<AlertDetails> alerts, Optional<Evidence> evidence,
      List<String> errors) {
    public Outcome {
      alerts = List.copyOf(alerts);
      errors = List.copyOf(errors);
    }
  }

  private final EscalationDetector detector;
  private final DomainClassifier classifier;
  private final HeadlineMismatchRule mismatch;

  public StoryRules(EscalationDetector detector, HeadlineMismatchRule mismatch) {
    this.detector = detector;
    this.classifier = detector.classifier();
    this.mismatch = mismatch;
  }

  /** Rules with the bundled escalation cues and the default mismatch thresholds. */
  public static StoryRules withDefaults() {
    return new StoryRules(EscalationDetector.withDefaults(), HeadlineMismatchRule.defaults());
  }

  /**
   * Evaluates one item.
   *
   * @param state the story's rule state before the item
   * @param item the item
   * @param status its decision status
   * @param previousVersion the story's earlier version of the same uri, or null
   */
  public Outcome evaluate(StoryRuleState state, WireItem item, DecisionStatus status, VersionText previousVersion) {
    StoryRuleState s = state == null ? StoryRuleState.empty() : state;
    List<AlertDetails> alerts = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    boolean usable = status != DecisionStatus.DUPLICATE && status != DecisionStatus.KILL
        && status != DecisionStatus.WITHHELD;
    Optional<AlertDetails.HeadlineMismatch> mismatched = Optional.empty();
    if (usable) {
      mismatched = guard(errors, "HEADLINE_MISMATCH", () -> mismatch.evaluate(item, s.terms()));
      mismatched.ifPresent(alerts::add);
    }
    if (status == DecisionStatus.KILL) {
      guard(errors, "KILL", () -> KillRule.evaluate(item)).ifPresent(alerts::add);
    }
    if (status == DecisionStatus.CORRECTION) {
      guard(errors, "CORRECTION", () -> Optional.of(CorrectionRule.evaluate(previousVersion, item)))
          .ifPresent(alerts::add);
    }
    boolean headlineTrusted = mismatched.isEmpty();
    Optional<EscalationLadder.Step> step = guard(errors, "ESCALATION", () -> {
      DomainClassifier.Classification domain = classifier.classify(item);
      return Optional.of(EscalationLadder.apply(s.ladder(), new EscalationLadder.Input(item.uri(), status,
          domain, usable ? detector.detect(item, domain.domain()) : List.of(), headlineTrusted)));
    });
    step.flatMap(EscalationLadder.Step::alert).ifPresent(alerts::add);
    StoryTerms terms = !usable ? s.terms() : headlineTrusted ? s.terms().with(item) : s.terms().withBody(item);
    EscalationLadder ladder = step.map(EscalationLadder.Step::state).orElse(s.ladder());
    return new Outcome(new StoryRuleState(ladder, terms, s.watched()), alerts,
        step.flatMap(EscalationLadder.Step::evidence), errors);
  }

  private interface Rule<T> {
    Optional<T> run();
  }

  private static <T> Optional<T> guard(List<String> errors, String name, Rule<T> rule) {
    try {
      return rule.run();
    } catch (RuntimeException e) {
      errors.add(name + ": " + e);
      return Optional.empty();
    }
  }
}
