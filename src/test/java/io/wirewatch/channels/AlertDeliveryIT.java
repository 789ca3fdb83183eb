package io.wirewatch.channels;

import static io.wirewatch.channels.DeliveryHarness.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.wirewatch.channels.FakeEndpoint.Answer;
import io.wirewatch.channels.slack.SlackBlocks;
import io.wirewatch.channels.teams.AdaptiveCards;
import io.wirewatch.kafka.EmbeddedKafka;
import io.wirewatch.model.Alert;
import io.wirewatch.model.AlertDelivery;
import io.wirewatch.model.Json;
import io.wirewatch.model.UndeliveredAlert;
import io.wirewatch.testing.TestConfigs;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The dispatcher on a real broker, delivering to a local HTTP server and a GreenMail SMTP server. */
@Tag("integration")
@Timeout(300)
class AlertDeliveryIT {
  private static final String SECRET = "it-webhook-secret-0123456789";
  private static final String STORY_URL = "http://127.0.0.1:8080/#story/{story}";
  private static EmbeddedKafka kafka;
  private static FakeEndpoint http;
  private static GreenMail mail;

  @BeforeAll
  static void start() throws Exception {
    kafka = EmbeddedKafka.start();
    http = new FakeEndpoint();
    mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    mail.start();
  }

  @AfterAll
  static void stop() {
    mail.stop();
    http.close();
    kafka.close();
  }

  private static DeliveryHarness harness() {
    return new DeliveryHarness(TestConfigs.isolated(kafka.bootstrapServers(), Map.of()));
  }

  private static String webhook(String name, String path, String extra) {
    return "  - {name: " + name + ", type: webhook, url: \"" + http.url(path) + "\", secret: \"${HOOK_SECRET}\""
        + extra + "}\n";
  }

  private static final Map<String, String> ENV = Map.of("HOOK_SECRET", SECRET);

  @Test
  void shouldDeliverExactSignedAndEscapedPayloadsToSlackTeamsWebhookAndMail() throws Exception {
    // given a dispatcher with one channel of each kind
    DeliveryHarness h = harness();
    String p = "/" + h.cfg.topics().prefix();
    String yaml = "storyUrl: \"" + STORY_URL + "\"\nchannels:\n"
        + "  - {name: slack, type: slack, url: \"${SLACK_URL}\"}\n"
        + "  - {name: teams, type: teams, url: \"" + http.url(p + "teams") + "\"}\n"
        + webhook("hook", p + "hook", "")
        + "  - {name: mail, type: email, host: 127.0.0.1, port: " + mail.getSmtp().getPort()
        + ", starttls: false, from: wirewatch@example.org, to: [desk@example.org]}\n";
    Alert figure = TestAlerts.figure("fig-1", "story-a", 49, 105);
    Alert hostile = TestAlerts.hostile("kill-1", "story-b");
    int mailsBefore = mail.getReceivedMessages().length;

    try (AlertDispatcher d = h.start(yaml, Map.of("HOOK_SECRET", SECRET, "SLACK_URL", http.url(p + "slack")),
        "g-" + h.cfg.topics().prefix(), Sleeper.REAL)) {
      // when
      h.produce(figure, hostile);
      await("two deliveries on every channel", () -> http.requests(p + "slack").size() == 2
          && http.requests(p + "teams").size() == 2 && http.requests(p + "hook").size() == 2
          && mail.getReceivedMessages().length - mailsBefore == 2);
    }

    // then Slack and Teams got exactly the documented payloads
    FakeEndpoint.Request slack = byStory(http.requests(p + "slack"), "story-a");
    assertThat(Json.mapper().readTree(slack.body()))
        .isEqualTo(SlackBlocks.payload(Message.of("slack", List.of(figure)), STORY_URL));
    assertThat(Json.mapper().readTree(slack.body()).at("/blocks/1/fields/0/text").asText())
        .isEqualTo("*What changed*\n49 -&gt; 105");
    FakeEndpoint.Request teams = byStory(http.requests(p + "teams"), "story-a");
    assertThat(Json.mapper().readTree(teams.body()))
        .isEqualTo(AdaptiveCards.payload(Message.of("teams", List.of(figure)), STORY_URL));
    // and the webhook got the alert JSON with a signature the receiver can verify
    FakeEndpoint.Request hook = http.requests(p + "hook").stream()
        .filter(r -> r.text().contains("\"fig-1\"")).findFirst().orElseThrow();
    assertThat(hook.body()).isEqualTo(Json.mapper().writeValueAsBytes(figure));
    assertThat(hook.header("X-Wirewatch-Signature"))
        .isEqualTo("sha256=" + hmac(hook.header("X-Wirewatch-Timestamp") + "." + hook.text()));
    assertThat(Long.parseLong(hook.header("X-Wirewatch-Timestamp")))
        .isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(300L));
    assertThat(hook.header("X-Wirewatch-Delivery")).isEqualTo(Message.of("hook", List.of(figure)).deliveryId());
    // and wire text arrived escaped: no ping in Slack, no markup in the mail
    String slackKill = byStory(http.requests(p + "slack"), "story-b").text();
    assertThat(slackKill).doesNotContain("<!channel>").doesNotContain("<!here>").doesNotContain("<script>")
        .contains("&lt;!channel&gt;").contains("&lt;script&gt;");
    MimeMessage killMail = List.of(mail.getReceivedMessages()).stream()
        .filter(m -> subject(m).contains("KILL")).findFirst().orElseThrow();
    MimeMultipart parts = (MimeMultipart) killMail.getContent();
    assertThat(parts.getContentType()).startsWith("multipart/alternative");
    assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
    assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
    String html = (String) parts.getBodyPart(1).getContent();
    assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat((String) parts.getBodyPart(0).getContent()).contains("Reason: <!here> & <script>alert(1)</script>");
  }

  @Test
  void shouldDeliverEachAlertOnceAcrossRestartsAndLostOffsets() throws Exception {
    // given a dispatcher that delivered three alerts
    DeliveryHarness h = harness();
    String path = "/" + h.cfg.topics().prefix() + "hook";
    String yaml = "channels:\n" + webhook("hook", path, "");
    String group = "g-" + h.cfg.topics().prefix();
    try (AlertDispatcher d = h.start(yaml, ENV, group, Sleeper.REAL)) {
      h.produce(TestAlerts.figure("r1", "s1", 1, 2), TestAlerts.figure("r2", "s2", 1, 2),
          TestAlerts.figure("r3", "s3", 1, 2));
      await("three deliveries", () -> http.requests(path).size() == 3);
      await("offsets committed", () -> h.committedToEnd(group));
    }

    // when it restarts in the same group, and one alert is produced twice (a pipeline replay)
    try (AlertDispatcher d = h.start(yaml, ENV, group, Sleeper.REAL)) {
      h.produce(TestAlerts.figure("r4", "s4", 1, 2), TestAlerts.figure("r2", "s2", 1, 2));
      await("fourth delivery", () -> http.requests(path).size() == 4);
      await("offsets committed", () -> h.committedToEnd(group));
    }
    // and a dispatcher whose offsets are gone re-reads the whole topic
    try (AlertDispatcher d = h.start(yaml, ENV, group + "-new", Sleeper.REAL)) {
      await("the whole topic read", () -> h.committedToEnd(group + "-new"));
    }

    // then every alert id reached the receiver once
    assertThat(http.requests(path)).extracting(r -> Json.mapper().readValue(r.body(), Alert.class).id())
        .containsExactlyInAnyOrder("r1", "r2", "r3", "r4");
    assertThat(h.readAll(h.cfg.topicNames().alertsDelivered())).extracting(AlertDelivery::alertId)
        .containsExactlyInAnyOrder("r1", "r2", "r3", "r4");
  }

  @Test
  void shouldRetryServerErrorsWithBackoffAndHonourRetryAfter() throws Exception {
    // given one receiver answering 503 twice, another asking to come back in 1 s
    DeliveryHarness h = harness();
    String p = "/" + h.cfg.topics().prefix();
    http.script(p + "busy", Answer.of(503), Answer.of(503), Answer.of(200));
    http.script(p + "limited", new Answer(429, "slow down", Map.of("Retry-After", "1")), Answer.of(200));
    String retry = ", retry: {maxAttempts: 4, initialBackoff: 50ms, maxBackoff: 200ms}";
    String yaml = "channels:\n" + webhook("busy", p + "busy", ", route: {stories: [busy-*]}" + retry)
        + webhook("limited", p + "limited", ", route: {stories: [limited-*]}" + retry);
    List<Duration> waits = new CopyOnWriteArrayList<>();
    Sleeper recording = d -> {
      waits.add(d);
      Sleeper.REAL.sleep(d);
    };

    // when
    try (AlertDispatcher d = h.start(yaml, ENV, "g-" + h.cfg.topics().prefix(), recording)) {
      h.produce(TestAlerts.figure("b1", "busy-1", 1, 2), TestAlerts.figure("l1", "limited-1", 1, 2));
      await("both delivered", () -> h.readAll(h.cfg.topicNames().alertsDelivered()).size() == 2);
    }

    // then the busy receiver got the same delivery three times, the limited one twice, 1 s apart
    List<FakeEndpoint.Request> busy = http.requests(p + "busy");
    assertThat(busy).hasSize(3).extracting(r -> r.header("X-Wirewatch-Delivery")).containsOnly(
        busy.get(0).header("X-Wirewatch-Delivery"));
    List<FakeEndpoint.Request> limited = http.requests(p + "limited");
    assertThat(limited).hasSize(2);
    assertThat(waits).contains(Duration.ofSeconds(1));
    assertThat(Duration.between(limited.get(0).at(), limited.get(1).at())).isGreaterThanOrEqualTo(
        Duration.ofMillis(950));
    assertThat(waits.stream().filter(w -> !w.equals(Duration.ofSeconds(1))))
        .hasSize(2).allMatch(w -> w.compareTo(Duration.ofMillis(200)) <= 0);
    assertThat(h.readAll(h.cfg.topicNames().alertsUndelivered())).isEmpty();
  }

  @Test
  void shouldDeadLetterWithTheReasonAfterTheRetryBudgetAndMoveOn() throws Exception {
    // given a receiver that always fails
    DeliveryHarness h = harness();
    String path = "/" + h.cfg.topics().prefix() + "down";
    http.script(path, new Answer(500, "internal error", Map.of()));
    String yaml = "channels:\n" + webhook("down", path, ", retry: {maxAttempts: 3, initialBackoff: 20ms}");
    String group = "g-" + h.cfg.topics().prefix();
    Alert alert = TestAlerts.figure("d1", "s-down", 1, 2);

    // when
    try (AlertDispatcher d = h.start(yaml, ENV, group, Sleeper.REAL)) {
      h.produce(alert);
      await("a dead letter", () -> !h.readAll(h.cfg.topicNames().alertsUndelivered()).isEmpty());
      await("offsets committed past it", () -> h.committedToEnd(group));
    }

    // then
    assertThat(http.requests(path)).hasSize(3);
    UndeliveredAlert dead = h.readAll(h.cfg.topicNames().alertsUndelivered()).get(0);
    assertThat(dead.channel()).isEqualTo("down");
    assertThat(dead.reason()).isEqualTo("HTTP 500: internal error after 3 attempts");
    assertThat(dead.attempts()).isEqualTo(3);
    assertThat(dead.alert()).isEqualTo(alert);
  }

  private static FakeEndpoint.Request byStory(List<FakeEndpoint.Request> requests, String story) {
    return requests.stream().filter(r -> r.text().contains("/#story/" + story)).findFirst().orElseThrow();
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String hmac(String data) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
  }
}
