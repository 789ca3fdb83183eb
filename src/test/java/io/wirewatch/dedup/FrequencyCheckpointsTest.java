package io.wirewatch.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrequencyCheckpointsTest {
  @Test
  void shouldWriteEverySmallCount() {
    for (long c = 1; c <= FrequencyCheckpoints.EXACT; c++) {
      assertThat(FrequencyCheckpoints.shouldWrite(c)).as("count %d", c).isTrue();
    }
    assertThat(FrequencyCheckpoints.shouldWrite(0)).isFalse();
  }

  @Test
  void shouldKeepTheStoredCountWithinOneStepOfTheTrueCountWhileWritingFewOfThem() {
    long written = 0;
    long lastWritten = 0;
    for (long c = 1; c <= 1_000_000; c++) {
      if (FrequencyCheckpoints.shouldWrite(c)) {
        written++;
        lastWritten = c;
      }
      // what a restore would read against what the task had counted
      assertThat((double) c).as("count %d restored as %d", c, lastWritten)
          .isLessThanOrEqualTo(lastWritten * (1 + FrequencyCheckpoints.STEP_PERCENT / 100.0) + 1);
    }
    assertThat(written).as("writes for a term seen a million times").isLessThan(250);
  }
}
