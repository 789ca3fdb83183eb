package io.wirewatch.channels;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.AlertType;
import io.wirewatch.model.Severity;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RouteTest {

  @Test
  void shouldMatchEverythingWhenNoCriterionIsGiven() {
    assertThat(Route.ALL.matches(TestAlerts.of("a", AlertType.WATCH, Severity.LOW, "s", null))).isTrue();
  }

  @Test
  void shouldRouteByTypeSeverityDeskAndStoryTogether() {
    Route route = new Route(Set.of(AlertType.WATCH), Severity.MEDIUM, Set.of("foreign"), Set.of("eu-*", "s7"));

    assertThat(route.matches(TestAlerts.of("a", AlertType.WATCH, Severity.HIGH, "eu-12", "foreign"))).isTrue();
    assertThat(route.matches(TestAlerts.of("b", AlertType.WATCH, Severity.MEDIUM, "s7", "foreign"))).isTrue();
    assertThat(route.matches(TestAlerts.of("c", AlertType.WATCH, Severity.LOW, "s7", "foreign"))).isFalse();
    assertThat(route.matches(TestAlerts.of("d", AlertType.KILL, Severity.HIGH, "s7", "foreign"))).isFalse();
    assertThat(route.matches(TestAlerts.of("e", AlertType.WATCH, Severity.HIGH, "s7", "sport"))).isFalse();
    assertThat(route.matches(TestAlerts.of("f", AlertType.WATCH, Severity.HIGH, "s7", null))).isFalse();
    assertThat(route.matches(TestAlerts.of("g", AlertType.WATCH, Severity.HIGH, "us-1", "foreign"))).isFalse();
  }
}
