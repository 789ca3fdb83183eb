package io.wirewatch.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PartitionCheckTest {
  private final List<PartitionCheck.Rule> rules = List.of(
      PartitionCheck.Rule.exactly("p.wire.signatures", 1, "one ordered view", "recreate it with one partition"));

  @Test
  void shouldNameTheTopicItsCountAndTheFixWhenTheOrderedTopicHasMorePartitions() {
    List<String> v = PartitionCheck.violations(rules, Map.of("p.wire.signatures", 4));

    assertThat(v).singleElement().satisfies(e -> assertThat(e).contains("p.wire.signatures").contains("has 4 partitions")
        .contains("exactly 1").contains("recreate it with one partition"));
  }

  @Test
  void shouldAcceptTheRightCountAndSkipTopicsItWasNotToldAbout() {
    assertThat(PartitionCheck.violations(rules, Map.of("p.wire.signatures", 1, "p.wire.raw", 8))).isEmpty();
    assertThat(PartitionCheck.violations(rules, Map.of())).isEmpty();
  }
}
