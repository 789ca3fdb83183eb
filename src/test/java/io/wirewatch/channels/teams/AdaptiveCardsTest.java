package io.wirewatch.channels.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.channels.Message;
import io.wirewatch.channels.TestAlerts;
import io.wirewatch.model.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdaptiveCardsTest {

  @Test
  void shouldWrapAnAdaptiveCardWithTheSameContentInAWorkflowMessage() throws Exception {
    Message m = Message.of("teams", List.of(TestAlerts.figure("a1", "story 1", 49, 105)));

    JsonNode payload = AdaptiveCards.payload(m, "https://wire.example/stories/{story}");

    assertThat(payload).isEqualTo(Json.mapper().readTree("""
        {"type": "message", "attachments": [{
          "contentType": "application/vnd.microsoft.card.adaptive", "contentUrl": null,
          "content": {
            "$schema": "http://adaptivecards.io/schemas/adaptive-card.json", "type": "AdaptiveCard", "version": "1.4",
            "body": [
              {"type": "TextBlock", "text": "Armenian troops killed: 49 -> 105", "wrap": true, "weight": "Bolder",
               "size": "Medium"},
              {"type": "TextBlock", "text": "Armenia says soldiers killed", "wrap": true, "isSubtle": true},
              {"type": "FactSet", "facts": [
                {"title": "What changed", "value": "49 -> 105"}, {"title": "Severity", "value": "high"},
                {"title": "Agencies", "value": "Reuters, AP"}, {"title": "Alert", "value": "figure changed"}]},
              {"type": "TextBlock", "text": "Reuters raised the toll.", "wrap": true},
              {"type": "TextBlock", "text": "\u201CArmenia said 105 soldiers were killed.\u201D \u2014 Reuters, 010.json",
               "wrap": true, "isSubtle": true, "size": "Small"}],
            "actions": [{"type": "Action.OpenUrl", "title": "Open the story",
              "url": "https://wire.example/stories/story%201"}]}}]}
        """));
  }

  @Test
  void shouldPutOneContainerPerAlertInADigestCard() {
    Message m = Message.of("teams", List.of(TestAlerts.figure("a1", "s1", 49, 105), TestAlerts.hostile("k", "s2")));

    JsonNode body = AdaptiveCards.payload(m, "").at("/attachments/0/content/body");

    assertThat(body).hasSize(3);
    assertThat(body.get(0).get("text").asText()).isEqualTo("wirewatch digest: 2 alerts");
    assertThat(body.get(2).at("/items/0/text").asText())
        .isEqualTo("\\[critical\\] KILL: <!channel> story withdrawn <b>now</b>");
    assertThat(body.get(2).has("selectAction")).isFalse();
  }
}
