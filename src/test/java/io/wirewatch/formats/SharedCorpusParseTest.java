package io.wirewatch.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirewatch.model.WireItem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Parses the shared corpora (../shared, beside the project): the dev items, the IPTC samples and the
 * hostile inputs. Skipped when ../shared is absent.
 */
class SharedCorpusParseTest {
  private static final Path SHARED = Path.of("..", "shared");
  private static final Path DEV = SHARED.resolve("corpus/dev");
  private static final Path BAD = SHARED.resolve("corpus/bad");
  private static final Path SAMPLES = SHARED.resolve("samples/iptc");
  private static final Map<String, String> AGENCY_BY_FILE_TOKEN =
      Map.of("reuters", "Reuters", "ap", "AP", "afp", "AFP", "dpa", "dpa", "rferl", "RFE/RL");
  private static final Set<String> VERSION_KINDS = Set.of("update", "correction", "kill", "withheld");

  private final WireParsers parsers = new WireParsers(WireParsers.DEFAULT_MAX_BYTES);

  @Test
  void shouldAcceptEveryDevItemWithIdentityHeadlineBodyAndTheDocumentedFormat() throws IOException {
    assumeShared(DEV.resolve("items"));
    Map<String, Integer> formats = new TreeMap<>();
    for (Path file : files(DEV.resolve("items"))) {
      WireItem item = acceptedItem(file);
      String name = file.getFileName().toString();
      assertThat(item.uri()).as(name).isNotBlank();
      assertThat(item.headline()).as(name).isNotBlank();
      assertThat(item.body()).as(name).isNotEmpty().allSatisfy(p -> assertThat(p).isNotBlank());
      assertThat(item.agency()).as(name).isEqualTo(AGENCY_BY_FILE_TOKEN.get(name.split("-")[1]));
      assertThat(item.format()).as(name).isIn(expectedFormatsFor(name));
      formats.merge(item.format(), 1, Integer::sum);
    }
    assertThat(formats).containsExactlyInAnyOrderEntriesOf(Map.of("ninjs-2", 46, "ninjs-1", 20,
        "newsml-g2", 9, "nitf", 5, "anpa-1312", 4, "iptc-7901", 6, "text", 1));
  }

  @Test
  void shouldGiveEveryLabelledLaterVersionTheUriOfAnEarlierItem() throws IOException {
    assumeShared(DEV.resolve("labels.json"));
    JsonNode labels = new ObjectMapper().readTree(DEV.resolve("labels.json").toFile()).path("items");
    Map<String, List<String>> filesByUri = new LinkedHashMap<>();
    Map<String, String> uriByFile = new HashMap<>();
    List<String> failures = new ArrayList<>();
    for (Path file : files(DEV.resolve("items"))) {
      String name = file.getFileName().toString();
      String uri = acceptedItem(file).uri();
      String kind = labels.path(name).path("kind").asText("");
      boolean seen = filesByUri.containsKey(uri);
      if (VERSION_KINDS.contains(kind) && !seen) {
        failures.add(name + " (" + kind + ") has uri " + uri + " that no earlier item has");
      }
      filesByUri.computeIfAbsent(uri, u -> new ArrayList<>()).add(name + "[" + kind + "]");
      uriByFile.put(name, uri);
    }
    printGroups(filesByUri);
    assertThat(failures).isEmpty();
    assertThat(uriByFile).hasSize(labels.size());
  }

  @Test
  void shouldAcceptIptcTextSamplesAndRejectPackagesAsNotText() throws IOException {
    assumeShared(SAMPLES);
    Map<String, ParseResult.Rejected> rejected = new TreeMap<>();
    int accepted = 0;
    for (Path file : files(SAMPLES)) {
      ParseResult result = parse(file);
      if (result instanceof ParseResult.Accepted a) {
        assertThat(a.items()).allSatisfy(i -> assertThat(i.headline()).isNotBlank());
        accepted++;
      } else {
        rejected.put(file.getFileName().toString(), (ParseResult.Rejected) result);
      }
    }
    assertThat(accepted).isEqualTo(12);
    assertThat(rejected).hasSize(4);
    assertThat(rejected.get("LISTING_24_News_Message_conveying_a_complete_News_Package.xml").reason())
        .isEqualTo(RejectReason.NOT_TEXT);
    assertThat(rejected.get("LISTING_6_Simple_NewsML-G2_Package.xml").reason()).isEqualTo(RejectReason.NOT_TEXT);
    // a bare <contentSet> fragment (no newsItem, no guid) and a hop-history skeleton without any content
    assertThat(rejected.get("LISTING_25_An_NITF_marked-up_article_conveyed_in_inlineXML.xml").reason())
        .isEqualTo(RejectReason.UNKNOWN_FORMAT);
    assertThat(rejected.get("LISTING_29_Hop_History.xml").reason()).isEqualTo(RejectReason.EMPTY_BODY);
  }

  @Test
  void shouldRejectHostileInputsWithTheExpectedReasonsAndAcceptTheMarkupItem() throws IOException {
    assumeShared(BAD);
    Map<String, RejectReason> expected = Map.of(
        "01-truncated.json", RejectReason.MALFORMED_JSON,
        "02-xxe.xml", RejectReason.DTD_FORBIDDEN,
        "03-billion-laughs.xml", RejectReason.DTD_FORBIDDEN,
        "04-empty.json", RejectReason.EMPTY,
        "05-binary-garbage.json", RejectReason.UNDECODABLE,
        "06-missing-uri-headline.json", RejectReason.SCHEMA_INVALID,
        "07-huge-body.json", RejectReason.OVERSIZE,
        "09-invalid-utf8.json", RejectReason.UNDECODABLE,
        "10-7901-no-etx.txt", RejectReason.TRUNCATED_TRANSMISSION);
    for (Map.Entry<String, RejectReason> e : expected.entrySet()) {
      ParseResult result = parse(BAD.resolve(e.getKey()));
      assertThat(result).as(e.getKey()).isInstanceOf(ParseResult.Rejected.class);
      assertThat(((ParseResult.Rejected) result).reason()).as(e.getKey()).isEqualTo(e.getValue());
    }
    WireItem markup = acceptedItem(BAD.resolve("08-script-and-slack-markup.json"));
    assertThat(markup.headline() + markup.bodyText()).doesNotContain("<script", "alert(1)", "onerror");
  }

  /**
   * Prints the parse rate per format over every sample we have (our fixtures, the IPTC samples, the dev
   * corpus): accepted / all inputs detected as that format. Rejections by design (packages, pictures,
   * hostile fixtures) count against the rate, so the figure is honest rather than flattering.
   */
  @Test
  void shouldReportTheParseRatePerFormatOverEverySample() throws Exception {
    assumeShared(SAMPLES);
    Map<String, int[]> rates = new TreeMap<>();
    Path fixtures = Path.of(SharedCorpusParseTest.class.getResource("/formats").toURI());
    for (Path dir : List.of(fixtures, SAMPLES, DEV.resolve("items"))) {
      for (Path file : files(dir)) {
        if (file.getFileName().toString().endsWith("expectations.json")) {
          continue;
        }
        ParseResult result = parse(file);
        String format = result instanceof ParseResult.Accepted a ? a.format()
            : java.util.Objects.requireNonNullElse(((ParseResult.Rejected) result).format(), "(undetected)");
        int[] counts = rates.computeIfAbsent(format, f -> new int[2]);
        counts[0] += result instanceof ParseResult.Accepted ? 1 : 0;
        counts[1]++;
      }
    }
    StringBuilder sb = new StringBuilder("parse rate per format (fixtures + samples/iptc + corpus/dev):\n");
    rates.forEach((format, c) -> sb.append(String.format("  %-14s %3d / %3d  %5.1f%%%n", format, c[0], c[1],
        100.0 * c[0] / c[1])));
    System.out.print(sb);
    assertThat(rates).containsKeys("newsml-1.2", "rss", "atom", "ninjs-3");
  }

  private static void assumeShared(Path path) {
    assumeTrue(Files.exists(path), "shared corpus not found at " + path.toAbsolutePath() + "; skipping");
  }

  private static Set<String> expectedFormatsFor(String name) {
    if (name.endsWith(".json")) {
      return Set.of("ninjs-1", "ninjs-2");
    }
    if (name.endsWith(".xml")) {
      return Set.of("newsml-g2", "nitf");
    }
    return name.contains("-rferl-") ? Set.of("text")
        : name.contains("-ap-") ? Set.of("anpa-1312") : Set.of("iptc-7901");
  }

  private ParseResult parse(Path file) throws IOException {
    return parsers.parse(Files.readAllBytes(file), file.getFileName().toString());
  }

  private WireItem acceptedItem(Path file) throws IOException {
    ParseResult result = parse(file);
    assertThat(result).as(file.getFileName() + ": " + result).isInstanceOf(ParseResult.Accepted.class);
    return ((ParseResult.Accepted) result).items().get(0);
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".md")).sorted().toList();
    }
  }

  private static void printGroups(Map<String, List<String>> filesByUri) {
    StringBuilder sb = new StringBuilder("dev corpus uri groups (items sharing a uri):\n");
    filesByUri.forEach((uri, names) -> {
      if (names.size() > 1) {
        sb.append("  ").append(uri).append(" <- ").append(String.join(", ", names)).append('\n');
      }
    });
    System.out.print(sb);
  }
}
