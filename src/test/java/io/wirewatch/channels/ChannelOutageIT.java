package io.wirewatch.channels;

import static io.wirewatch.channels.DeliveryHarness.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.channels.FakeEndpoint.Answer;
import io.wirewatch.kafka.EmbeddedKafka;
import io.wirewatch.model.Alert;
import io.wirewatch.model.AlertDelivery;
import io.wirewatch.model.Json;
import io.wirewatch.model.UndeliveredAlert;
import io.wirewatch.testing.TestConfigs;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A webhook receiver that answers 503 for a while, on a real broker: every alert reaches the receiver exactly
 * once or, when the outage outlasts its retry budget, lands in {@code wire.alerts.undelivered} with the
 * reason; never both, never twice, and a dispatcher restarted during the outage changes nothing.
 */
@Tag("integration")
@Timeout(300)
class ChannelOutageIT {
  private static final Map<String, String> ENV = Map.of("HOOK_SECRET", "outage-secret-0123456789");
  private static EmbeddedKafka kafka;
  private static FakeEndpoint http;

  @BeforeAll
  static void start() throws IOException {
    kafka = EmbeddedKafka.start();
    http = new FakeEndpoint();
  }

  @AfterAll
  static void stop() {
    http.close();
    kafka.close();
  }

  @Test
  void shouldDeliverEveryAlertExactlyOnceWhenTheOutageIsShorterThanTheRetryBudget() throws Exception {
    // given a receiver that is down, and a retry budget of many attempts
    DeliveryHarness h = new DeliveryHarness(TestConfigs.isolated(kafka.bootstrapServers(), Map.of()));
    String path = "/" + h.cfg.topics().prefix() + "hook";
    http.script(path, Answer.of(503));
    String yaml = channel(path, "{maxAttempts: 1000, initialBackoff: 20ms, maxBackoff: 100ms}");
    String group = "g-" + h.cfg.topics().prefix();
    List<Alert> alerts = alerts("short", 12);

    // when alerts arrive during the outage, the dispatcher restarts, and the receiver comes back
    try (AlertDispatcher d = h.start(yaml, ENV, group, Sleeper.REAL)) {
      h.produce(alerts.subList(0, 6).toArray(Alert[]::new));
      await("refused attempts during the outage", () -> http.requests(path).size() >= 5);
    }
    try (AlertDispatcher d = h.start(yaml, ENV, group, Sleeper.REAL)) {
      h.produce(alerts.subList(6, 12).toArray(Alert[]::new));
      await("more refused attempts after the restart", () -> http.requests(path).size() >= 10);
      http.script(path, Answer.of(200));
      await("every alert delivered", () -> h.readAll(h.cfg.topicNames().alertsDelivered()).size() >= 12);
      await("offsets committed", () -> h.committedToEnd(group));
    }

    // then each alert was accepted by the receiver once, and nothing was given up
    assertThat(acceptedIds(path)).containsExactlyInAnyOrderElementsOf(ids(alerts));
    assertThat(h.readAll(h.cfg.topicNames().alertsDelivered())).allMatch(o -> o.outcome().equals("delivered"))
        .extracting(AlertDelivery::alertId).containsExactlyInAnyOrderElementsOf(ids(alerts));
    assertThat(h.readAll(h.cfg.topicNames().alertsUndelivered())).isEmpty();
    assertThat(http.requests(path)).anyMatch(r -> r.status() == 503);
  }

  @Test
  void shouldSplitAlertsBetweenTheReceiverAndTheUndeliveredTopicWhenTheOutageOutlastsTheBudget()
      throws Exception {
    // given a receiver that is down, and a budget of three quick attempts
    DeliveryHarness h = new DeliveryHarness(TestConfigs.isolated(kafka.bootstrapServers(), Map.of()));
    String path = "/" + h.cfg.topics().prefix() + "hook";
    http.script(path, Answer.of(503));
    String yaml = channel(path, "{maxAttempts: 3, initialBackoff: 20ms, maxBackoff: 50ms}");
    String group = "g-" + h.cfg.topics().prefix();
    List<Alert> during = alerts("during", 8);
    List<Alert> after = alerts("after", 8);

    // when alerts arrive during the outage, and more after the receiver is back
    try (AlertDispatcher d = h.start(yaml, ENV, group, Sleeper.REAL)) {
      h.produce(during.toArray(Alert[]::new));
      await("the alerts of the outage given up", () ->
          h.readAll(h.cfg.topicNames().alertsUndelivered()).size() >= during.size());
      http.script(path, Answer.of(200));
      h.produce(after.toArray(Alert[]::new));
      await("the alerts after the outage delivered", () ->
          h.readAll(h.cfg.topicNames().alertsDelivered()).size() >= during.size() + after.size());
      await("offsets committed", () -> h.committedToEnd(group));
    }

    // then every alert is in exactly one place: accepted once by the receiver, or undelivered with a reason
    List<UndeliveredAlert> undelivered = h.readAll(h.cfg.topicNames().alertsUndelivered());
    Set<String> accepted = new HashSet<>(acceptedIds(path));
    Set<String> givenUp = undelivered.stream().map(u -> u.alert().id()).collect(Collectors.toSet());
    assertThat(acceptedIds(path)).doesNotHaveDuplicates();
    assertThat(undelivered).extracting(u -> u.alert().id()).doesNotHaveDuplicates();
    assertThat(accepted).doesNotContainAnyElementsOf(givenUp);
    Set<String> all = new HashSet<>(accepted);
    all.addAll(givenUp);
    assertThat(all).containsExactlyInAnyOrderElementsOf(ids(List.of(during, after).stream()
        .flatMap(List::stream).toList()));
    assertThat(givenUp).containsExactlyInAnyOrderElementsOf(ids(during));
    assertThat(undelivered).allSatisfy(u -> {
      assertThat(u.reason()).startsWith("HTTP 503");
      assertThat(u.attempts()).isEqualTo(3);
    });
    List<AlertDelivery> outcomes = h.readAll(h.cfg.topicNames().alertsDelivered());
    assertThat(outcomes).filteredOn(o -> o.outcome().equals(AlertDelivery.DELIVERED))
        .extracting(AlertDelivery::alertId).containsExactlyInAnyOrderElementsOf(accepted);
    assertThat(outcomes).filteredOn(o -> o.outcome().equals(AlertDelivery.UNDELIVERED))
        .extracting(AlertDelivery::alertId).containsExactlyInAnyOrderElementsOf(givenUp);
  }

  private static String channel(String path, String retry) {
    return "channels:\n  - {name: hook, type: webhook, url: \"" + http.url(path)
        + "\", secret: \"${HOOK_SECRET}\", retry: " + retry + "}\n";
  }

  private static List<Alert> alerts(String tag, int n) {
    return IntStream.rangeClosed(1, n)
        .mapToObj(i -> TestAlerts.figure(tag + "-" + i, "story-" + tag + "-" + (i % 3), i, i + 1)).toList();
  }

  private static List<String> ids(List<Alert> alerts) {
    return alerts.stream().map(Alert::id).toList();
  }

  /** The ids of the alerts the receiver answered with a success, once per success. */
  private static List<String> acceptedIds(String path) {
    Function<FakeEndpoint.Request, String> id = r -> {
      try {
        return Json.mapper().readValue(r.body(), Alert.class).id();
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    };
    return http.requests(path).stream().filter(r -> r.status() < 300).map(id).toList();
  }
}
