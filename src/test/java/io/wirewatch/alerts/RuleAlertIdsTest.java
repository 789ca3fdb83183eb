package io.wirewatch.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.AlertDetails;
import io.wirewatch.model.PubStatus;
import io.wirewatch.model.WireItem;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two different events of one story never share an alert id; the same event always gets the same one. */
class RuleAlertIdsTest {
  private static WireItem item(String uri, String version) {
    return new WireItem(uri, version, Instant.parse("2023-05-02T10:00:00Z"), null, "AP", "en", "Border tense",
        List.of("Troops gathered."), null, null, null, null, 3, PubStatus.USABLE, List.of(), null, List.of(),
        List.of(), "t.json", "ninjs-2", null);
  }

  private static AlertDetails.Escalation escalation(String from, String to) {
    return new AlertDetails.Escalation(from, to, "clashes", "Troops clashed at the border.");
  }

  @Test
  void shouldGiveTwoEscalationsToTheSameLevelFromDifferentItemsDifferentIds() {
    // given: the story rose to clashes, a kill took it back, and another item raised it to clashes again
    String first = RuleAlerts.of("s1", item("urn:a", "1"), escalation("tension", "clashes")).id();
    String again = RuleAlerts.of("s1", item("urn:b", "1"), escalation("tension", "clashes")).id();
    String fromNone = RuleAlerts.of("s1", item("urn:a", "1"), escalation("none", "clashes")).id();

    assertThat(first).isNotEqualTo(again).isNotEqualTo(fromNone);
    assertThat(RuleAlerts.of("s1", item("urn:a", "1"), escalation("tension", "clashes")).id()).isEqualTo(first);
  }

  @Test
  void shouldGiveKillsOfTwoVersionsDifferentIds() {
    AlertDetails.Kill kill = new AlertDetails.Kill("urn:k", "Border tense", "sent in error");
    assertThat(RuleAlerts.of("s1", item("urn:k", "2"), kill).id())
        .isNotEqualTo(RuleAlerts.of("s1", item("urn:k", "3"), kill).id());
  }
}
