package io.wirewatch.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.wirewatch.app.AppConfig;
import io.wirewatch.app.TopologyFactory;
import io.wirewatch.formats.RejectReason;
import io.wirewatch.model.AlertType;
import io.wirewatch.model.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docker-compose.yml, config/prometheus.yml and config/grafana/ agree with each other and with the app:
 * Docker cannot run here, so the stack's structure is checked instead.
 */
class DeploymentFilesTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Path ROOT = Path.of("");

  @Test
  void shouldRunThreeKraftBrokersWithReplicationThreeAndMinIsrTwo() throws IOException {
    JsonNode services = compose().get("services");
    List<String> brokers = names(services, "kafka-");

    assertThat(brokers).hasSize(3);
    Set<String> voters = new LinkedHashSet<>();
    for (String b : brokers) {
      JsonNode s = services.get(b);
      JsonNode env = s.get("environment");
      assertThat(s.get("image").asText()).as(b).isEqualTo("apache/kafka:" + pomProperty("kafka.version"));
      assertThat(env.get("KAFKA_PROCESS_ROLES").asText()).as(b).contains("broker").contains("controller");
      assertThat(env.get("KAFKA_DEFAULT_REPLICATION_FACTOR").asText()).isEqualTo("3");
      assertThat(env.get("KAFKA_MIN_INSYNC_REPLICAS").asText()).isEqualTo("2");
      assertThat(env.get("KAFKA_ADVERTISED_LISTENERS").asText()).as(b).contains("PLAINTEXT://" + b + ":9092");
      voters.add(env.get("KAFKA_CONTROLLER_QUORUM_VOTERS").asText());
    }
    assertThat(voters).as("one quorum for all brokers").hasSize(1);
    assertThat(voters.iterator().next()).contains("kafka-1:9093", "kafka-2:9093", "kafka-3:9093");
  }

  @Test
  void shouldRunTwoWirewatchInstancesSharingOneApplicationIdOnTheBrokers() throws IOException {
    JsonNode services = compose().get("services");
    List<String> instances = names(services, "wirewatch-");
    Map<String, String> defaults = AppConfig.bundledDefaults();

    assertThat(instances).hasSize(2);
    Set<String> appIds = new LinkedHashSet<>();
    for (String w : instances) {
      JsonNode env = services.get(w).get("environment");
      appIds.add(env.get("WIREWATCH_APPLICATION_ID").asText());
      assertThat(env.get("WIREWATCH_KAFKA_BOOTSTRAP_SERVERS").asText().split(","))
          .containsExactlyInAnyOrder("kafka-1:9092", "kafka-2:9092", "kafka-3:9092");
      assertThat(env.get("WIREWATCH_TOPICS_REPLICATION_FACTOR").asText()).isEqualTo("3");
      assertThat(env.get("WIREWATCH_TOPICS_MIN_INSYNC_REPLICAS").asText()).isEqualTo("2");
      assertThat(env.get("WIREWATCH_HTTP_ADVERTISED_HOST").asText()).isEqualTo(w);
      assertThat(env.get("WIREWATCH_HTTP_TOKEN").asText()).as("0.0.0.0 requires a token").isNotBlank();
      assertThat(env.get("WIREWATCH_HTTP_PORT").asText()).isEqualTo(defaults.get("http.port"));
      assertThat(ports(services.get(w))).as(w).anyMatch(p -> p.endsWith(":" + defaults.get("http.port")));
      assertThat(services.get(w).get("build").get("dockerfile").asText()).isEqualTo("Dockerfile");
    }
    assertThat(appIds).hasSize(1);
    assertThat(Files.readString(ROOT.resolve("Dockerfile"))).contains("EXPOSE " + defaults.get("http.port"))
        .contains("/app/config/wirewatch.properties");
  }

  @Test
  void shouldScrapeEveryWirewatchInstanceWithItsToken() throws IOException {
    JsonNode services = compose().get("services");
    JsonNode prometheus = YAML.readTree(ROOT.resolve("config/prometheus.yml").toFile());
    JsonNode job = find(prometheus.get("scrape_configs"), "job_name", "wirewatch");
    List<String> targets = new ArrayList<>();
    job.get("static_configs").forEach(c -> c.get("targets").forEach(t -> targets.add(t.asText())));
    String port = AppConfig.bundledDefaults().get("http.port");

    assertThat(targets).containsExactlyInAnyOrderElementsOf(
        names(services, "wirewatch-").stream().map(w -> w + ":" + port).toList());
    assertThat(job.get("metrics_path").asText()).isEqualTo("/metrics");
    assertThat(job.get("authorization").get("credentials").asText())
        .isEqualTo(services.get("wirewatch-1").get("environment").get("WIREWATCH_HTTP_TOKEN").asText());
    assertThat(volumes(services.get("prometheus"))).contains("./config/prometheus.yml:/etc/prometheus/prometheus.yml:ro");
  }

  @Test
  void shouldMountGrafanaProvisioningWhereItsFilesPoint() throws IOException {
    JsonNode grafana = compose().get("services").get("grafana");
    Map<String, String> mounts = new HashMap<>();
    for (String v : volumes(grafana)) {
      String[] parts = v.split(":");
      if (parts[0].startsWith("./")) {
        assertThat(ROOT.resolve(parts[0].substring(2))).as(v).exists();
        mounts.put(parts[1], parts[0]);
      }
    }
    JsonNode provider = YAML.readTree(ROOT.resolve("config/grafana/provisioning/dashboards/wirewatch.yaml").toFile())
        .get("providers").get(0);
    String dashboards = provider.get("options").get("path").asText();
    JsonNode source = YAML.readTree(ROOT.resolve("config/grafana/provisioning/datasources/prometheus.yaml").toFile())
        .get("datasources").get(0);

    assertThat(mounts).containsEntry("/etc/grafana/provisioning", "./config/grafana/provisioning");
    assertThat(mounts).containsKey(dashboards);
    assertThat(ROOT.resolve(mounts.get(dashboards).substring(2)).resolve("wirewatch.json")).exists();
    assertThat(source.get("url").asText()).isEqualTo("http://prometheus:" + ports(compose().get("services")
        .get("prometheus")).get(0).split(":")[1]);
  }

  @Test
  void shouldQueryOnlyMetersTheAppRegisters(@TempDir Path state) throws IOException {
    JsonNode dashboard = new ObjectMapper().readTree(ROOT.resolve("config/grafana/dashboards/wirewatch.json").toFile());
    String uid = YAML.readTree(ROOT.resolve("config/grafana/provisioning/datasources/prometheus.yaml").toFile())
        .get("datasources").get(0).get("uid").asText();
    String scrape = populatedScrape(state);
    Set<String> queried = new LinkedHashSet<>();
    for (JsonNode panel : dashboard.get("panels")) {
      assertThat(panel.get("datasource").get("uid").asText()).isEqualTo(uid);
      for (JsonNode t : panel.get("targets")) {
        Matcher m = Pattern.compile("\\b(wirewatch_[a-z0-9_]+|kafka_[a-z0-9_]+)").matcher(t.get("expr").asText());
        while (m.find()) {
          queried.add(m.group(1));
        }
      }
    }

    assertThat(dashboard.get("panels")).hasSizeGreaterThanOrEqualTo(6);
    assertThat(queried).contains("wirewatch_alert_latency_seconds_bucket", "wirewatch_alerts_total",
        "wirewatch_parse_failures_total", "wirewatch_deliveries_total", "wirewatch_items_received_total",
        "kafka_consumer_fetch_manager_records_lag_max");
    for (String series : queried) {
      assertThat(scrape).as("the app exposes " + series).containsPattern("(?m)^" + series + "[{ ]");
    }
  }

  /** Every meter the app registers, with each tagged one moved once, and Kafka Streams' metrics bound. */
  private static String populatedScrape(Path state) {
    Meters meters = new Meters();
    meters.itemReceived("Reuters", "ninjs-2");
    meters.parseFailed("parse", RejectReason.MALFORMED_XML.code());
    meters.parse().rejected(RejectReason.EMPTY, 1000);
    meters.decided("duplicate");
    meters.alertRaised(AlertType.KILL, Severity.CRITICAL);
    meters.alertLatency(Duration.ofMillis(120));
    meters.alertVisibleLatency(Duration.ofMillis(150));
    meters.delivery("newsroom", "slack", false, 3);
    meters.openStories(() -> 1);
    Map<String, String> raw = new HashMap<>(AppConfig.bundledDefaults());
    raw.put("kafka.bootstrap.servers", "127.0.0.1:1");
    AppConfig cfg = AppConfig.fromMap(raw);
    Map<String, Object> p = new HashMap<>();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, "deployment-files-test");
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:1");
    p.put(StreamsConfig.STATE_DIR_CONFIG, state.toString());
    java.util.List<AutoCloseable> resources = new java.util.ArrayList<>();
    try (KafkaStreams streams = new KafkaStreams(TopologyFactory.build(cfg, resources, meters), new StreamsConfig(p))) {
      AutoCloseable bound = meters.bind(streams);
      for (AutoCloseable r : resources) {
        r.close();
      }
      String scrape = meters.scrape();
      bound.close();
      return scrape;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The compose file with its anchors, aliases and merge keys ({@code <<: *kafka-common}) resolved as
   * Docker resolves them: by SnakeYAML, the parser under Jackson's YAML module (Jackson alone keeps
   * {@code <<} as a plain key).
   */
  private static JsonNode compose() throws IOException {
    try (var in = Files.newBufferedReader(ROOT.resolve("docker-compose.yml"))) {
      Object tree = new org.yaml.snakeyaml.Yaml().load(in);
      return new ObjectMapper().valueToTree(tree);
    }
  }

  private static List<String> names(JsonNode services, String prefix) {
    List<String> out = new ArrayList<>();
    services.fieldNames().forEachRemaining(n -> {
      if (n.startsWith(prefix)) {
        out.add(n);
      }
    });
    return out;
  }

  private static List<String> ports(JsonNode service) {
    List<String> out = new ArrayList<>();
    service.get("ports").forEach(p -> out.add(p.asText()));
    return out;
  }

  private static List<String> volumes(JsonNode service) {
    List<String> out = new ArrayList<>();
    service.get("volumes").forEach(p -> out.add(p.asText()));
    return out;
  }

  private static JsonNode find(JsonNode array, String field, String value) {
    for (JsonNode n : array) {
      if (value.equals(n.path(field).asText())) {
        return n;
      }
    }
    throw new AssertionError("no entry with " + field + "=" + value);
  }

  private static String pomProperty(String name) {
    try {
      var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(ROOT.resolve("pom.xml").toFile());
      return doc.getElementsByTagName(name).item(0).getTextContent().trim();
    } catch (Exception e) {
      throw new IllegalStateException("cannot read " + name + " from pom.xml", e);
    }
  }
}
