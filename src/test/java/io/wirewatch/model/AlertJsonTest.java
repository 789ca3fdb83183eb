package io.wirewatch.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertJsonTest {

  @Test
  void shouldWriteTheTypeOnceAndReadTheMatchingDetailsBack() throws Exception {
    var prov = new AlertDetails.Provenance("027.json", "urn:1", "Reuters", "Armenia said 105 soldiers died.", 12,
        Instant.parse("2022-09-14T09:00:00Z"));
    Alert alert = new Alert("a1", AlertType.FIGURE_CHANGED, Severity.HIGH, "s1", "Armenia says 105 killed", "urn:1",
        "027.json", "Reuters", List.of("Reuters", "AP"), "Armenian troops killed: 49 -> 105", "text", null,
        Instant.parse("2022-09-14T09:00:01Z"), Instant.parse("2022-09-14T09:00:00Z"),
        new AlertDetails.FigureChanged("killed", "armenian troops", 49, 105, "up", "exact", null, prov));

    String json = Json.mapper().writeValueAsString(alert);
    Alert back = Json.mapper().readValue(json, Alert.class);

    assertThat(json).contains("\"type\":\"FIGURE_CHANGED\"").contains("\"severity\":\"high\"");
    assertThat(back).isEqualTo(alert);
  }

  @Test
  void shouldRefuseAnAlertWithoutAStory() {
    assertThatThrownBy(() -> new Alert("a", AlertType.KILL, Severity.LOW, null, null, null, null, null, null, null,
        null, null, null, null, null)).hasMessageContaining("story");
  }
}
