package io.wirewatch.formats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirewatch.model.WireItem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table test: every fixture of every format (and every quirk) parses to the hand-written
 * normalised headline, body, uri, version and pubStatus in {@code formats/expectations.json} (and, where
 * the row says, agency, language, signals and the number of items), or is
 * rejected with the reason written there.
 */
class FixtureTableTest {
  private static final JsonNode TABLE = load();

  static Stream<JsonNode> accepted() {
    List<JsonNode> rows = new ArrayList<>();
    TABLE.path("accepted").forEach(rows::add);
    return rows.stream();
  }

  static Stream<String> rejected() {
    List<String> names = new ArrayList<>();
    TABLE.path("rejected").fieldNames().forEachRemaining(names::add);
    return names.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("accepted")
  void shouldNormaliseEachFixtureToItsHandWrittenExpectation(JsonNode row) {
    // given
    String fixture = row.path("fixture").asText();

    // when
    ParseResult result = Fixtures.parse(fixture);

    // then
    assertThat(result).as(fixture + ": " + result).isInstanceOf(ParseResult.Accepted.class);
    ParseResult.Accepted accepted = (ParseResult.Accepted) result;
    assertThat(accepted.format()).as(fixture).isEqualTo(row.path("format").asText());
    WireItem item = accepted.items().get(row.path("item").asInt(0));
    assertThat(item.uri()).as(fixture + " uri").isEqualTo(row.path("uri").asText());
    assertThat(item.version()).as(fixture + " version").isEqualTo(row.path("version").textValue());
    assertThat(item.pubStatus().id()).as(fixture + " pubStatus").isEqualTo(row.path("pubStatus").asText());
    assertThat(item.headline()).as(fixture + " headline").isEqualTo(row.path("headline").asText());
    assertThat(item.body()).as(fixture + " body").containsExactlyElementsOf(texts(row.path("body")));
    if (row.has("signals")) {
      assertThat(item.signals()).as(fixture + " signals").containsExactlyInAnyOrderElementsOf(texts(row.path("signals")));
    }
    if (row.has("agency")) {
      assertThat(item.agency()).as(fixture + " agency").isEqualTo(row.path("agency").textValue());
    }
    if (row.has("language")) {
      assertThat(item.language()).as(fixture + " language").isEqualTo(row.path("language").textValue());
    }
    if (row.has("items")) {
      assertThat(accepted.items()).as(fixture + " items").hasSize(row.path("items").asInt());
      assertThat(accepted.items()).as(fixture + " sources").allSatisfy(i -> assertThat(i.source()).isEqualTo(fixture));
    }
    if (row.has("ednote")) {
      assertThat(item.ednote()).as(fixture + " ednote").isEqualTo(row.path("ednote").asText());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejected")
  void shouldRejectEachBrokenFixtureWithItsReason(String fixture) {
    // given
    String reason = TABLE.path("rejected").path(fixture).asText();

    // when
    ParseResult result = Fixtures.parse(fixture);

    // then
    assertThat(result).as(fixture).isInstanceOf(ParseResult.Rejected.class);
    ParseResult.Rejected rejected = (ParseResult.Rejected) result;
    assertThat(rejected.reason().code()).as(fixture + ": " + rejected.message()).isEqualTo(reason);
    assertThat(rejected.message()).isNotBlank();
  }

  @Test
  void shouldHaveAnExpectationForEveryFixtureFile() throws IOException, URISyntaxException {
    // given
    Path root = Path.of(FixtureTableTest.class.getResource("/formats").toURI());
    Set<String> files = new TreeSet<>();
    try (Stream<Path> s = Files.walk(root)) {
      s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("expectations.json"))
          .forEach(p -> files.add(root.relativize(p).toString().replace('\\', '/')));
    }

    // when
    Set<String> covered = new TreeSet<>();
    accepted().forEach(r -> covered.add(r.path("fixture").asText()));
    rejected().forEach(covered::add);

    // then
    assertThat(covered).containsExactlyElementsOf(files);
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static JsonNode load() {
    try (InputStream in = FixtureTableTest.class.getResourceAsStream("/formats/expectations.json")) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
