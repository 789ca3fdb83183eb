package io.wirewatch.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.formats.ParseResult;
import io.wirewatch.formats.WireParsers;
import io.wirewatch.model.Figure;
import io.wirewatch.model.Figure.Metric;
import io.wirewatch.model.Json;
import io.wirewatch.model.WireItem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Compares each GVA article's extracted killed/injured counts with its incident's gold counts
 * (../shared/corpus/gva/incident_figures.json). An article "states a count" for a metric when the extractor
 * finds one; the article's count is its first figure of that metric in reading order (see
 * {@link #articleCount}). Prints agreement and samples of each error class.
 */
class GvaCorpusFiguresTest {
  private static final Path GVA = Path.of("..", "shared", "corpus", "gva");

  /**
   * The article's count for a metric: its first figure in reading order (the lead states the incident's
   * count; later sentences bring other incidents, subsets and background).
   */
  static Figure articleCount(List<Figure> figures, Metric m) {
    return figures.stream().filter(f -> f.metric() == m)
        .min((a, b) -> Integer.compare(order(a), order(b))).orElse(null);
  }

  private static int order(Figure f) {
    return f.offset() < 0 ? Integer.MAX_VALUE : f.offset();
  }

  /** With -Dgva.errors=FILE, writes every disagreement there (one line each) to study the misses. */
  private static void dump(Map<String, List<String>> errors) throws IOException {
    String out = System.getProperty("gva.errors");
    if (out != null) {
      List<String> lines = new ArrayList<>();
      errors.forEach((cls, list) -> list.forEach(e -> lines.add(cls + " | " + e)));
      Files.write(Path.of(out), lines);
    }
  }

  /**
   * The gva profile (English by the rule reader that counts as GVA does) against GVA's own counts. GVA is one
   * benchmark among several (issue 14): precision and recall of the incident figures are printed per metric.
   * The floor only guards against a collapse; it is no target.
   */
  @Test
  void shouldAgreeWithTheIncidentCountsForMostArticlesThatStateOneInTheGvaProfile() throws IOException {
    assertThat(agreement(FigureExtractor.Profile.GVA)).isGreaterThanOrEqualTo(0.77);
  }

  /**
   * The standard profile (the number as written, no shooter added, spans kept) against GVA's counts: reported,
   * with a floor against a collapse only; GVA's conventions are not the standard reading's.
   */
  @Test
  void reportsTheStandardProfileAgainstTheIncidentCounts() throws IOException {
    assertThat(agreement(FigureExtractor.Profile.STANDARD)).isGreaterThanOrEqualTo(0.55);
  }

  private static double agreement(FigureExtractor.Profile profile) throws IOException {
    assumeTrue(Files.isDirectory(GVA.resolve("items")), "../shared/corpus/gva is absent");
    JsonNode gold = Json.mapper().readTree(GVA.resolve("incident_figures.json").toFile());
    JsonNode items = Json.mapper().readTree(GVA.resolve("labels.json").toFile()).path("items");
    WireParsers parsers = new WireParsers(WireParsers.DEFAULT_MAX_BYTES);
    FigureExtractor extractor = new FigureExtractor(profile);
    int articles = 0;
    int agree = 0;
    Map<String, int[]> perMetric = new TreeMap<>();
    Map<String, Integer> goldStated = new TreeMap<>();
    Map<String, List<String>> errors = new TreeMap<>();
    for (Path file : DevCorpusFiguresTest.files(GVA.resolve("items"))) {
      String name = file.getFileName().toString();
      JsonNode incident = gold.path(items.path(name).path("event").asText());
      if (incident.isMissingNode()
          || !(parsers.parse(Files.readAllBytes(file), name) instanceof ParseResult.Accepted accepted)) {
        continue;
      }
      WireItem item = accepted.items().get(0);
      List<Figure> figures = extractor.extract(item);
      boolean stated = false;
      boolean allAgree = true;
      for (Metric m : List.of(Metric.KILLED, Metric.INJURED)) {
        Figure top = articleCount(figures, m);
        if (incident.path(m.id()).asLong() > 0) {
          goldStated.merge(m.id(), 1, Integer::sum);
        }
        if (top == null) {
          continue;
        }
        stated = true;
        long want = incident.path(m.id()).asLong();
        int[] c = perMetric.computeIfAbsent(m.id(), k -> new int[2]);
        c[0]++;
        if (top.value() == want) {
          c[1]++;
        } else {
          allAgree = false;
          String cls = m.id() + (top.value() > want ? " too high" : " too low");
          errors.computeIfAbsent(cls, k -> new ArrayList<>()).add(name + " got " + top.value() + " gold "
              + want + " (killed " + incident.path("killed").asLong() + ", injured "
              + incident.path("injured").asLong() + ") :: " + top.sentence() + " || headline: " + item.headline());
        }
      }
      articles += stated ? 1 : 0;
      agree += stated && allAgree ? 1 : 0;
    }
    double rate = articles == 0 ? 0 : (double) agree / articles;
    System.out.printf("gva figures (%s profile): %d/%d articles stating a count agree with the incident (%.1f%%)%n",
        profile, agree, articles, 100 * rate);
    perMetric.forEach((m, c) -> System.out.printf("  %s: %d/%d agree; precision %.3f, recall %.3f (of %d articles"
        + " whose incident has a count)%n", m, c[1], c[0], (double) c[1] / c[0],
        (double) c[1] / Math.max(1, goldStated.getOrDefault(m, 0)), goldStated.getOrDefault(m, 0)));
    dump(errors);
    errors.forEach((cls, list) -> {
      System.out.printf("  %s: %d, e.g.%n", cls, list.size());
      list.stream().limit(8).forEach(e -> System.out.println("    " + e));
    });
    return rate;
  }
}
