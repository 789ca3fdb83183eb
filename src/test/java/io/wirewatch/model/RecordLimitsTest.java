package io.wirewatch.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordLimitsTest {
  private static WireItem item(String uri, String headline, List<String> body) {
    return new WireItem(uri, "1", Instant.parse("2026-11-25T10:00:00Z"), null, "AP", "en", headline, body, null,
        null, null, null, 3, PubStatus.USABLE, List.of(), null, List.of(), List.of(), "f.json", "ninjs-2", null);
  }

  private static int jsonBytes(WireItem i) throws Exception {
    return Json.mapper().writeValueAsBytes(i).length;
  }

  @Test
  void shouldLeaveAnOrdinaryItemAlone() {
    WireItem i = item("urn:a", "Ferries sail again", List.of("Ferries sailed again on Monday."));

    assertThat(RecordLimits.bounded(i)).isSameAs(i);
    assertThat(RecordLimits.refusal(i)).isEmpty();
  }

  @Test
  void shouldCutAHugeHeadlineAndSayHowMuchWasCut() {
    WireItem i = RecordLimits.bounded(item("urn:a", "x".repeat(1_000_000), List.of("Short body.")));

    assertThat(i.headline()).startsWith("x".repeat(RecordLimits.LINE_CHARS))
        .endsWith(RecordLimits.MARKER + (1_000_000 - RecordLimits.LINE_CHARS) + " characters]");
  }

  @Test
  void shouldRefuseAUriTooLongToBeAnIdentity() {
    assertThat(RecordLimits.refusal(item("urn:" + "u".repeat(500_000), "h", List.of("b"))))
        .hasValueSatisfying(r -> assertThat(r).contains("uri of 500004 characters"));
  }

  @Test
  void shouldCutABodyWhoseJsonEscapingWouldMultiplyItsSize() throws Exception {
    WireItem quotes = item("urn:q", "Quoted", List.of("\"".repeat(900_000)));
    WireItem controls = item("urn:c", "Controls", List.of("intro", "\u0001".repeat(300_000)));

    for (WireItem i : List.of(quotes, controls)) {
      WireItem b = RecordLimits.bounded(i);
      assertThat(jsonBytes(b)).isLessThanOrEqualTo(RecordLimits.ITEM_JSON_BYTES);
      assertThat(b.bodyText()).contains(RecordLimits.MARKER);
      assertThat(b.bodyText().length()).isGreaterThan(RecordLimits.ITEM_JSON_BYTES / 8);
    }
  }

  @Test
  void shouldKeepAtMostTheGivenBodyForState() {
    WireItem i = item("urn:a", "h", List.of("a".repeat(60), "b".repeat(60)));

    WireItem cut = RecordLimits.withBodyAtMost(i, 100);

    assertThat(cut.body()).hasSize(2);
    assertThat(cut.body().get(0)).isEqualTo("a".repeat(60));
    assertThat(cut.body().get(1)).startsWith("b".repeat(40) + RecordLimits.MARKER);
  }
}
