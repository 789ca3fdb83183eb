package io.wirewatch.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The texts and stories the deciding task let go at its count limits are counted by kind, for the scrape. */
class WindowLimitedMetersTest {
  @Test
  void shouldCountTextsAndStoriesLetGoAtTheLimitsByKind() {
    Meters meters = new Meters();

    meters.windowLimited(3, 0);
    meters.windowLimited(2, 1);

    assertThat(meters.registry().get(MeterNames.WINDOW_LIMITED).tag("kind", "texts").counter().count()).isEqualTo(5);
    assertThat(meters.registry().get(MeterNames.WINDOW_LIMITED).tag("kind", "stories").counter().count())
        .isEqualTo(1);
    assertThat(meters.scrape()).contains("wirewatch_window_limited_total{").contains("kind=\"texts\"");
  }
}
