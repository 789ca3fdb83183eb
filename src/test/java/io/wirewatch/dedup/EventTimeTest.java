package io.wirewatch.dedup;

import static io.wirewatch.dedup.DecisionTopologyTest.QUAKE_PERU;
import static io.wirewatch.dedup.DecisionTopologyTest.QUAKE_TURKEY;
import static io.wirewatch.dedup.DecisionTopologyTest.QUAKE_TURKEY_OTHER_AGENCY;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.Decision;
import io.wirewatch.model.DecisionStatus;
import io.wirewatch.model.PubStatus;
import io.wirewatch.model.WireItem;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A sender's clock cannot poison the decider's: times beyond receipt plus the skew are clamped. */
class EventTimeTest {
  private static final Duration SKEW = Duration.ofMinutes(5);
  private static final Instant RECEIVED = Instant.parse("2026-11-25T10:00:00Z");

  @Test
  void shouldKeepATimeBeforeItsReceiptAsSent() {
    Instant sent = Instant.parse("2022-09-13T10:00:00Z");

    EventTime t = EventTime.of(sent, RECEIVED, null, SKEW);

    assertThat(t.time()).isEqualTo(sent);
    assertThat(t.clamp()).isEqualTo(EventTime.Clamp.NONE);
    assertThat(t.reason(sent, RECEIVED)).isNull();
  }

  @Test
  void shouldAllowTheSkewButNoMore() {
    assertThat(EventTime.of(RECEIVED.plus(SKEW), RECEIVED, null, SKEW).clamp()).isEqualTo(EventTime.Clamp.NONE);

    EventTime ahead = EventTime.of(RECEIVED.plus(SKEW).plusSeconds(1), RECEIVED, null, SKEW);

    assertThat(ahead.time()).isEqualTo(RECEIVED.plus(SKEW));
    assertThat(ahead.clamp()).isEqualTo(EventTime.Clamp.FUTURE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"9999-12-31T23:59:59Z", "+999999999-12-31T23:59:59Z", "2031-01-01T00:00:00Z"})
  void shouldClampAnExtremeFutureDateToTheReceiptPlusTheSkewAndSaySo(String date) {
    Instant sent = Instant.parse(date);

    EventTime t = EventTime.of(sent, RECEIVED, null, SKEW);

    assertThat(t.time()).isEqualTo(RECEIVED.plus(SKEW));
    assertThat(t.reason(sent, RECEIVED)).contains("clamped").contains(date.replace("+", ""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1969-12-31T23:59:59Z", "0001-01-01T00:00:00Z", "-999999999-01-01T00:00:00Z"})
  void shouldClampADateBefore1970To1970(String date) {
    EventTime t = EventTime.of(Instant.parse(date), RECEIVED, null, SKEW);

    assertThat(t.time()).isEqualTo(Instant.EPOCH);
    assertThat(t.clamp()).isEqualTo(EventTime.Clamp.PAST);
  }

  @Test
  void shouldFallBackToTheGivenTimeWhenTheItemHasNone() {
    Instant clock = RECEIVED.minus(Duration.ofHours(1));

    assertThat(EventTime.of(null, RECEIVED, clock, SKEW)).isEqualTo(new EventTime(clock, EventTime.Clamp.NONE));
    assertThat(EventTime.of(null, RECEIVED, null, SKEW).time()).isEqualTo(RECEIVED);
  }

  // --- through the deciding topology ---------------------------------------------------------------

  private DecisionDriver decide;

  @BeforeEach
  void setUp() {
    decide = new DecisionDriver("event-time-test");
  }

  @AfterEach
  void tearDown() {
    decide.close();
  }

  private void send(String source, String uri, Instant sent, Instant received, String headline, String body) {
    WireItem item = new WireItem(uri, "1", sent, null, source.split("-")[0], "en", headline,
        List.of(body.split("\n\n")), null, null, null, null, 3, PubStatus.USABLE, List.of(), null, List.of(),
        List.of(), source, "ninjs-2", received);
    decide.in.pipeInput(uri, Signer.standard().apply(item), received);
  }

  private Map<String, Decision> decisions() {
    Map<String, Decision> m = new LinkedHashMap<>();
    decide.out.readValuesToList().forEach(d -> m.put(d.source(), d));
    return m;
  }

  @ParameterizedTest
  @ValueSource(strings = {"P1095D", "P3650000D"})
  void shouldKeepDuplicatesAndStoriesOfLaterItemsWhenOneItemIsDatedFarAhead(String ahead) {
    Instant t0 = RECEIVED;
    send("reuters-turkey", "u1", t0, t0, "Earthquake kills three in eastern Turkey", QUAKE_TURKEY);
    send("ap-peru", "u2", t0.plus(Duration.parse(ahead)), t0.plusSeconds(600), "Earthquake kills two in Peru",
        QUAKE_PERU);
    send("partner-copy", "u3", t0.plusSeconds(1200), t0.plusSeconds(1200), "Deadly tremor in Anatolia",
        QUAKE_TURKEY);
    send("afp-turkey", "u4", t0.plusSeconds(1800), t0.plusSeconds(1800), "Three dead as quake hits Malatya",
        QUAKE_TURKEY_OTHER_AGENCY);

    Map<String, Decision> d = decisions();

    assertThat(d.get("partner-copy").status()).isEqualTo(DecisionStatus.DUPLICATE);
    assertThat(d.get("partner-copy").duplicateOf()).isEqualTo("reuters-turkey");
    assertThat(d.get("afp-turkey").story()).isEqualTo(d.get("reuters-turkey").story());
    Decision poisoned = d.get("ap-peru");
    assertThat(poisoned.versionCreated()).isEqualTo(t0.plus(Duration.parse(ahead)));
    assertThat(poisoned.eventTime()).isEqualTo(t0.plusSeconds(600).plus(Decider.Settings.DEFAULT_SKEW));
    assertThat(poisoned.reasons()).anyMatch(r -> r.contains("event time clamped"));
  }

  @Test
  void shouldDecideItemsAfterOneDatedYearPlus999999999() {
    send("odd-1", "u1", Instant.parse("+999999999-12-31T23:59:59Z"), RECEIVED, "Earthquake in Turkey",
        QUAKE_TURKEY);
    for (int i = 2; i <= 4; i++) {
      Instant t = RECEIVED.plus(Duration.ofHours(i));
      send("later-" + i, "u" + i, t, t, "Earthquake kills two in Peru, report " + i, QUAKE_PERU + " Report " + i);
    }

    Map<String, Decision> d = decisions();

    assertThat(d).containsKeys("odd-1", "later-2", "later-3", "later-4");
    assertThat(d.get("later-2").status()).isEqualTo(DecisionStatus.NEW);
    assertThat(d.get("later-3").story()).isEqualTo(d.get("later-2").story());
  }

  @Test
  void shouldClampADateBefore1970AndStillDecideTheItem() {
    send("old-1", "u1", Instant.parse("1969-07-20T20:17:00Z"), RECEIVED, "Earthquake in Turkey", QUAKE_TURKEY);

    Decision d = decisions().get("old-1");

    assertThat(d.status()).isEqualTo(DecisionStatus.NEW);
    assertThat(d.eventTime()).isEqualTo(Instant.EPOCH);
  }
}
