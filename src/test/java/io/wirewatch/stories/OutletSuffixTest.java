package io.wirewatch.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The outlet-tag strip reads a hostile headline in linear time; the timeout only guards against a hang. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class OutletSuffixTest {
  @Test
  void shouldStripATrailingOutletTag() {
    assertThat(TermProfiles.withoutOutlet("Bridge reopens after floods - Valley Courier"))
        .isEqualTo("Bridge reopens after floods");
  }

  @Test
  void shouldReadAHeadlineOfManySeparatorsAndABarAtTheEnd() {
    // given: 100,000 separators, each of which the old pattern scanned to the end from
    String hostile = "a : ".repeat(100_000) + "|";

    // when / then: nothing is an outlet tag (the bar ends every candidate)
    assertThat(TermProfiles.withoutOutlet(hostile)).isEqualTo(hostile);
  }

  @Test
  void shouldReadAHeadlineWithAHugeRunOfSpaces() {
    String hostile = "a" + " ".repeat(200_000) + "!";
    assertThat(TermProfiles.withoutOutlet(hostile)).isEqualTo(hostile);
  }
}
