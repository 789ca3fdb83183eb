package io.wirewatch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirewatch.model.Alert;
import io.wirewatch.model.AlertType;
import io.wirewatch.model.Severity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertFeedTest {
  private static final Instant T = Instant.parse("2022-09-14T09:00:00Z");

  @Test
  void shouldListRecentAlertsNewestFirstWhateverTheirArrivalOrder() {
    AlertFeed feed = new AlertFeed(10);

    feed.publish(alert("b", 20));
    feed.publish(alert("a", 10));
    feed.publish(alert("c", 30));

    assertThat(feed.recent(10)).extracting(Alert::id).containsExactly("c", "b", "a");
    assertThat(feed.recent(2)).extracting(Alert::id).containsExactly("c", "b");
  }

  @Test
  void shouldKeepEachAlertIdOnceAndForgetTheOldestBeyondCapacity() {
    AlertFeed feed = new AlertFeed(2);
    List<String> pushed = new ArrayList<>();
    feed.subscribe(a -> pushed.add(a.id()));

    feed.publish(alert("a", 10));
    feed.publish(alert("a", 10));
    feed.publish(alert("b", 20));
    feed.publish(alert("c", 30));

    assertThat(pushed).containsExactly("a", "b", "c");
    assertThat(feed.recent(10)).extracting(Alert::id).containsExactly("c", "b");
  }

  @Test
  void shouldDropSubscribersThatAreGone() {
    AlertFeed feed = new AlertFeed(5);
    feed.subscribe(a -> false);
    feed.subscribe(a -> {
      throw new IllegalStateException("client went away");
    });
    List<String> alive = new ArrayList<>();
    feed.subscribe(a -> alive.add(a.id()));

    feed.publish(alert("a", 1));
    feed.publish(alert("b", 2));

    assertThat(feed.subscribers()).isEqualTo(1);
    assertThat(alive).containsExactly("a", "b");
  }

  @Test
  void shouldRefuseANonPositiveCapacity() {
    assertThatThrownBy(() -> new AlertFeed(0)).hasMessageContaining("capacity");
  }

  static Alert alert(String id, int secondsAfter) {
    return new Alert(id, AlertType.KILL, Severity.CRITICAL, "story-" + id, "Headline " + id, "urn:" + id, "f.json",
        "AP", List.of("AP"), "Title " + id, "text", null, T.plusSeconds(secondsAfter), T, null);
  }
}
