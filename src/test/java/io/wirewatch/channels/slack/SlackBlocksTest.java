package io.wirewatch.channels.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.channels.Message;
import io.wirewatch.channels.TestAlerts;
import io.wirewatch.model.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlackBlocksTest {
  private static final String URL = "https://wire.example/stories/{story}";

  private static JsonNode json(String text) throws Exception {
    return Json.mapper().readTree(text);
  }

  @Test
  void shouldShowHeadlineChangeSeverityAgenciesSourceSentenceAndStoryLink() throws Exception {
    Message m = Message.of("slack", List.of(TestAlerts.figure("a1", "story 1", 49, 105)));

    JsonNode payload = SlackBlocks.payload(m, URL);

    assertThat(payload).isEqualTo(json("""
        {"text": "[high] Armenian troops killed: 49 -&gt; 105",
         "blocks": [
          {"type": "section", "text": {"type": "mrkdwn", "verbatim": true,
            "text": "*Armenian troops killed: 49 -&gt; 105*\\nArmenia says soldiers killed"}},
          {"type": "section", "fields": [
            {"type": "mrkdwn", "verbatim": true, "text": "*What changed*\\n49 -&gt; 105"},
            {"type": "mrkdwn", "verbatim": true, "text": "*Severity*\\nhigh"},
            {"type": "mrkdwn", "verbatim": true, "text": "*Agencies*\\nReuters, AP"},
            {"type": "mrkdwn", "verbatim": true, "text": "*Alert*\\nfigure changed"}]},
          {"type": "section", "text": {"type": "mrkdwn", "verbatim": true, "text": "Reuters raised the toll."}},
          {"type": "context", "elements": [{"type": "mrkdwn", "verbatim": true,
            "text": "\u201CArmenia said 105 soldiers were killed.\u201D \u2014 Reuters, 010.json"}]},
          {"type": "section", "text": {"type": "mrkdwn", "verbatim": true,
            "text": "<https://wire.example/stories/story%201|Open the story>"}}]}
        """));
  }

  @Test
  void shouldEscapeEveryPieceOfWireTextSoChannelMentionsAndMarkupStayInert() {
    Message m = Message.of("slack", List.of(TestAlerts.hostile("k1", "s2")));

    String payload = SlackBlocks.payload(m, URL).toString();

    assertThat(payload).doesNotContain("<!channel>").doesNotContain("<!here>").doesNotContain("<script>")
        .contains("&lt;!channel&gt; story withdrawn").contains("Reason: &lt;!here&gt; &amp; &lt;script&gt;");
    assertThat(payload.replace("<https://wire.example/stories/s2|Open the story>", "")).doesNotContain("<");
  }

  @Test
  void shouldListABurstInOneDigestMessage() throws Exception {
    Message m = Message.of("slack", List.of(TestAlerts.figure("a1", "story 1", 49, 105),
        TestAlerts.hostile("k1", "s2")));

    JsonNode payload = SlackBlocks.payload(m, URL);

    assertThat(payload).isEqualTo(json("""
        {"text": "wirewatch digest: 2 alerts",
         "blocks": [
          {"type": "section", "text": {"type": "mrkdwn", "verbatim": true, "text": "*wirewatch digest: 2 alerts*"}},
          {"type": "section", "text": {"type": "mrkdwn", "verbatim": true,
            "text": "*[high] Armenian troops killed: 49 -&gt; 105*\\nReuters, AP \u00B7 <https://wire.example/stories/story%201|story>"}},
          {"type": "section", "text": {"type": "mrkdwn", "verbatim": true,
            "text": "*[critical] KILL: &lt;!channel&gt; story withdrawn &lt;b&gt;now&lt;/b&gt;*\\nReuters \u00B7 <https://wire.example/stories/s2|story>"}}]}
        """));
  }

  @Test
  void shouldCountTheAlertsADigestCannotShow() {
    List<io.wirewatch.model.Alert> many = new java.util.ArrayList<>();
    for (int i = 0; i < 25; i++) {
      many.add(TestAlerts.figure("a" + i, "s" + i, i, i + 1));
    }

    JsonNode payload = SlackBlocks.payload(Message.of("slack", many), URL);

    assertThat(payload.get("blocks")).hasSize(1 + SlackBlocks.DIGEST_SHOWN + 1);
    assertThat(payload.get("blocks").get(21).toString()).contains("and 5 more");
  }
}
