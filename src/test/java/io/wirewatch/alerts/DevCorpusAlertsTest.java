package io.wirewatch.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.model.AlertDetails;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores ESCALATION, KILL, CORRECTION and HEADLINE_MISMATCH on the labelled dev corpus (../shared) the way
 * {@code eval/score.py} matches them: an expected alert is found by an alert of its type at its file (and,
 * for escalation, with its {@code to_level}); a false alarm is an alert at a file whose {@code must_not_alert}
 * entry forbids it, or for the other three types any alert that matches nothing expected. Skipped when
 * ../shared is absent.
 */
class DevCorpusAlertsTest {
  private static final Set<String> TYPES = Set.of("ESCALATION", "KILL", "CORRECTION", "HEADLINE_MISMATCH");
  private static DevCorpusRun run;
  private static final List<String> found = new ArrayList<>();
  private static final List<String> missed = new ArrayList<>();
  private static final List<String> falseAlarms = new ArrayList<>();
  private static final Set<DevCorpusRun.Raised> matched = new HashSet<>();

  @BeforeAll
  static void replay() throws IOException {
    assumeTrue(DevCorpusRun.present(), "../shared/corpus/dev is absent: dev-corpus scoring skipped");
    run = new DevCorpusRun().run(StoryRules.withDefaults());
    for (JsonNode exp : run.labels.path("expected_alerts")) {
      String type = exp.path("type").asText();
      if (!TYPES.contains(type)) {
        continue;
      }
      DevCorpusRun.Raised hit = run.raised.stream()
          .filter(r -> !matched.contains(r) && r.type().equals(type) && r.file().equals(exp.path("at").asText()))
          .filter(r -> !type.equals("ESCALATION")
              || ((AlertDetails.Escalation) r.details()).toLevel().equals(exp.path("to_level").asText()))
          .findFirst().orElse(null);
      String label = type + " at " + exp.path("at").asText() + " " + exp.path("to_level").asText("");
      if (hit == null) {
        missed.add(label);
      } else {
        matched.add(hit);
        found.add(type);
      }
    }
    for (DevCorpusRun.Raised r : run.raised) {
      if (!matched.contains(r) && (!r.type().equals("ESCALATION") || forbidden(r))) {
        falseAlarms.add(r.type() + " at " + r.file() + ": " + r.details());
      }
    }
    System.out.println("dev corpus alerts raised:");
    run.raised.forEach(r -> System.out.println("  " + (matched.contains(r) ? "ok    " : "extra ") + r.file()
        + " " + r.details()));
    missed.forEach(m -> System.out.println("MISSED " + m));
    falseAlarms.forEach(f -> System.out.println("FALSE  " + f));
  }

  private static boolean forbidden(DevCorpusRun.Raised r) {
    for (JsonNode m : run.labels.path("must_not_alert")) {
      if (m.path("type").asText().equals(r.type()) && m.path("at").asText().equals(r.file())) {
        return true;
      }
    }
    return false;
  }

  private static long found(String type) {
    return found.stream().filter(type::equals).count();
  }

  private static long expected(String type) {
    int n = 0;
    for (JsonNode e : run.labels.path("expected_alerts")) {
      n += e.path("type").asText().equals(type) ? 1 : 0;
    }
    return n;
  }

  @Test
  void shouldFindEveryEscalationWithAtMostOneFalseAlarm() {
    assertThat(run.errors).isEmpty();
    assertThat(found("ESCALATION")).as("escalations found; missed: %s", missed).isEqualTo(expected("ESCALATION"));
    assertThat(falseAlarms.stream().filter(f -> f.startsWith("ESCALATION"))).hasSizeLessThanOrEqualTo(1);
  }

  @Test
  void shouldFindEveryKillCorrectionAndHeadlineMismatchWithoutFalseAlarms() {
    for (String type : List.of("KILL", "CORRECTION", "HEADLINE_MISMATCH")) {
      assertThat(found(type)).as("%s found; missed: %s", type, missed).isEqualTo(expected(type));
      assertThat(falseAlarms.stream().filter(f -> f.startsWith(type))).as(type).isEmpty();
    }
  }

  @Test
  void shouldRaiseNoAlertOnTheSportAndBusinessStories() {
    Set<String> soft = new HashSet<>();
    run.labels.path("events").fields().forEachRemaining(e -> {
      String kind = e.getValue().path("kind").asText();
      if (kind.equals("sports") || kind.equals("business")) {
        soft.add(e.getKey());
      }
    });
    assertThat(soft).isNotEmpty();
    assertThat(run.raised.stream().filter(r -> soft.contains(r.event()))).isEmpty();
  }

  @Test
  void shouldTellWhatEachDevCorrectionChanged() {
    List<AlertDetails.Correction> corrections = run.raised.stream()
        .filter(r -> r.details() instanceof AlertDetails.Correction)
        .map(r -> (AlertDetails.Correction) r.details()).toList();
    assertThat(corrections).isNotEmpty().allSatisfy(c -> assertThat(c.changes()).isNotEmpty());
  }
}
