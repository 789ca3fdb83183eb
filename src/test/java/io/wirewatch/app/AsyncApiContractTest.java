package io.wirewatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.wirewatch.kafka.PartitionCheck;
import io.wirewatch.kafka.TopicSpec;
import io.wirewatch.model.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * docs/asyncapi.yaml is the published contract of wirewatch's topics: every topic the code names has a
 * channel there, each message points at schema files that exist (its own topic's), and the partitions,
 * cleanup policy and retention it states are those wirewatch creates from the bundled defaults. A topic
 * added without a contract, or a topic setting changed without the contract, fails here.
 */
class AsyncApiContractTest {
  private static final Path DOCS = Path.of("docs");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final JsonNode api = read();
  private final Map<String, JsonNode> channels = channelsByAddress();
  private final AppConfig defaults = AppConfig.fromMap(AppConfig.bundledDefaults());

  @Test
  void shouldHaveOneChannelForEveryTopicTheCodeNamesAndNoOther() {
    List<String> topics = new Topics("").all();

    assertThat(api.path("asyncapi").asText()).startsWith("3.");
    assertThat(channels.keySet()).containsExactlyInAnyOrderElementsOf(topics);
    channels.forEach((address, channel) ->
        assertThat(channel.at("/bindings/kafka/topic").asText()).as(address).isEqualTo(address));
  }

  @Test
  void shouldReferenceOnlySchemaFilesThatExistAndEachMessageItsOwnTopicsSchemas() {
    List<String> external = new ArrayList<>();
    collectRefs(api, external);
    external.removeIf(r -> r.startsWith("#"));

    assertThat(external).isNotEmpty()
        .allSatisfy(r -> assertThat(DOCS.resolve(r).normalize()).as(r).isRegularFile());
    channels.forEach((address, channel) -> {
      List<String> refs = new ArrayList<>();
      channel.path("messages").forEach(m -> collectRefs(resolve(m), refs));
      assertThat(refs).as(address).contains("../src/main/resources/schemas/" + address + ".headers.json");
      if (Files.exists(DOCS.resolve("../src/main/resources/schemas/" + address + ".value.json"))) {
        assertThat(refs).as(address).contains("../src/main/resources/schemas/" + address + ".value.json");
      }
    });
  }

  @Test
  void shouldStateThePartitionsCleanupPolicyAndRetentionWirewatchCreatesTopicsWith() {
    for (TopicSpec spec : defaults.topicSpecs()) {
      JsonNode binding = channels.get(spec.name()).at("/bindings/kafka");
      JsonNode config = binding.path("topicConfiguration");
      List<String> policy = StreamSupport.stream(config.path("cleanup.policy").spliterator(), false)
          .map(JsonNode::asText).toList();

      assertThat(binding.path("partitions").asInt()).as(spec.name() + " partitions").isEqualTo(spec.partitions());
      assertThat(binding.path("replicas").asInt()).as(spec.name() + " replicas").isEqualTo(spec.replicationFactor());
      assertThat(String.join(",", policy)).as(spec.name() + " cleanup.policy")
          .isEqualTo(spec.configs().getOrDefault("cleanup.policy", "delete"));
      assertThat(config.path("retention.ms").asText(null)).as(spec.name() + " retention.ms")
          .isEqualTo(spec.configs().get("retention.ms"));
      assertThat(config.path("max.message.bytes").asText()).as(spec.name() + " max.message.bytes")
          .isEqualTo(spec.configs().get("max.message.bytes"));
    }
  }

  @Test
  void shouldStateEveryPartitionCountCheckedAtStart() {
    List<PartitionCheck.Rule> rules = defaults.partitionRules();

    assertThat(rules).isNotEmpty().allSatisfy(rule -> {
      JsonNode channel = channels.get(rule.topic());
      assertThat(channel.at("/bindings/kafka/partitions").asInt()).as(rule.topic()).isEqualTo(rule.exactly());
      assertThat(channel.path("description").asText().replaceAll("\\s+", " ")).as(rule.topic())
          .containsIgnoringCase("exactly " + (rule.exactly() == 1 ? "one" : rule.exactly()) + " partition");
    });
  }

  private static JsonNode read() {
    try {
      return YAML.readTree(DOCS.resolve("asyncapi.yaml").toFile());
    } catch (IOException e) {
      throw new IllegalStateException("cannot read docs/asyncapi.yaml", e);
    }
  }

  private Map<String, JsonNode> channelsByAddress() {
    Map<String, JsonNode> out = new HashMap<>();
    api.path("channels").forEach(c -> out.put(c.path("address").asText(), c));
    return out;
  }

  /** A message as written, or the component it references. */
  private JsonNode resolve(JsonNode node) {
    String ref = node.path("$ref").asText("");
    return ref.startsWith("#/") ? api.at(ref.substring(1)) : node;
  }

  private static void collectRefs(JsonNode node, List<String> out) {
    if (node.isObject()) {
      node.properties().forEach(e -> {
        if (e.getKey().equals("$ref")) {
          out.add(e.getValue().asText());
        } else {
          collectRefs(e.getValue(), out);
        }
      });
    } else if (node.isArray()) {
      node.forEach(n -> collectRefs(n, out));
    }
  }
}
