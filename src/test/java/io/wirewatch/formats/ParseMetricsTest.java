package io.wirewatch.formats;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.dedup.Signer;
import io.wirewatch.model.Topics;
import io.wirewatch.model.WireItem;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;

/** The parse stage tells its {@link ParseMetrics} hook about every transmission, parsed or rejected. */
class ParseMetricsTest {

  @Test
  void shouldReportEachParseWithItsOutcomeAndDuration() {
    // given a parse topology with a recording hook
    List<String> seen = new ArrayList<>();
    ParseMetrics hook = new ParseMetrics() {
      @Override
      public void parsed(List<WireItem> items, long nanos) {
        seen.add("parsed " + items.get(0).agency() + (nanos > 0 ? " timed" : ""));
      }

      @Override
      public void rejected(RejectReason reason, long nanos) {
        seen.add("rejected " + reason.code() + (nanos > 0 ? " timed" : ""));
      }
    };
    Topics topics = new Topics("");
    StreamsBuilder b = new StreamsBuilder();
    new ParseTopology(topics, new WireParsers(WireParsers.DEFAULT_MAX_BYTES), Signer.standard(), hook).addTo(b);
    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, "parse-metrics-test");
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "dummy:9092");

    try (TopologyTestDriver driver = new TopologyTestDriver(b.build(), p)) {
      TestInputTopic<String, byte[]> raw = driver.createInputTopic(topics.raw().name(),
          topics.raw().keySerde().serializer(), topics.raw().valueSerde().serializer());

      // when one good ninjs item and one document with a DTD arrive
      raw.pipeInput("a", """
          {"uri":"urn:test:m1","type":"text","version":"1","versioncreated":"2022-09-13T10:00:00Z",
           "copyrightholder":"dpa","headlines":[{"role":"main","value":"Storm closes port"}],
           "bodies":[{"role":"main","contenttype":"text/plain","value":"A storm closed the port on Tuesday."}]}
          """.getBytes(StandardCharsets.UTF_8));
      raw.pipeInput("b", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e \"e\">]><x>&e;</x>"
          .getBytes(StandardCharsets.UTF_8));
    }

    // then
    assertThat(seen).containsExactly("parsed dpa timed", "rejected dtd_forbidden timed");
  }
}
