package io.wirewatch.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.formats.ParseResult;
import io.wirewatch.formats.WireParsers;
import io.wirewatch.model.AlertDetails;
import io.wirewatch.model.AlertType;
import io.wirewatch.model.DecisionStatus;
import io.wirewatch.model.Json;
import io.wirewatch.model.WireItem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Scores extraction + ledger on ../shared/corpus/dev the way eval/score.py does, with stories taken from the
 * gold events and statuses from the gold kinds (this isolates figures from clustering and versioning).
 * FIGURE_CHANGED matches on file, metric and to; FIGURE_CONFLICT on file, metric and values; a false alarm
 * is a FIGURE_CHANGED at a must_not file that expects none there, or whose to is a forbidden value.
 */
class DevCorpusFiguresTest {
  private static final Path DEV = Path.of("..", "shared", "corpus", "dev");

  /** One raised alert, flattened the way the replay writes it. */
  record Raised(String source, AlertType type, String metric, long from, long to, List<Long> values,
      String sentence) {}

  @Test
  void shouldFindNineInTenFigureChangesAndEveryConflictWithAtMostTwoFalseAlarms() throws IOException {
    assumeTrue(Files.isDirectory(DEV.resolve("items")), "../shared/corpus/dev is absent");
    JsonNode labels = Json.mapper().readTree(DEV.resolve("labels.json").toFile());
    List<Raised> raised = replay(labels.path("items"));

    Score score = score(labels, raised);

    System.out.printf("dev figures: FIGURE_CHANGED found %d/%d exact_from=%d false_alarms=%d;"
        + " FIGURE_CONFLICT found %d/%d; alerts raised %d%n", score.changedFound, score.changedExpected,
        score.exactFrom, score.falseAlarms.size(), score.conflictFound, score.conflictExpected, raised.size());
    score.missed.forEach(m -> System.out.println("  missed " + m));
    score.falseAlarms.forEach(f -> System.out.println("  false " + f));
    assertThat(score.changedFound).isGreaterThanOrEqualTo((int) Math.ceil(0.9 * score.changedExpected));
    assertThat(score.falseAlarms).hasSizeLessThanOrEqualTo(2);
    assertThat(score.conflictFound).isEqualTo(score.conflictExpected);
  }

  static List<Raised> replay(JsonNode gold) throws IOException {
    WireParsers parsers = new WireParsers(WireParsers.DEFAULT_MAX_BYTES);
    FigureExtractor extractor = new FigureExtractor();
    FigureLedger ledger = new FigureLedger(FigureConfig.DEFAULTS);
    Map<String, LedgerState> ledgers = new HashMap<>();
    List<Raised> raised = new ArrayList<>();
    for (Path file : files(DEV.resolve("items"))) {
      String name = file.getFileName().toString();
      JsonNode label = gold.path(name);
      if (label.isMissingNode()
          || !(parsers.parse(Files.readAllBytes(file), name) instanceof ParseResult.Accepted accepted)) {
        continue;
      }
      WireItem item = accepted.items().get(0).withProvenance(name, null);
      DecisionStatus status = DecisionStatus.of(label.path("kind").asText());
      String story = label.path("event").asText();
      var update = new LedgerUpdate(story, item.uri(), name, item.agency(), item.versionCreated(), status,
          FigureLedger.counts(status) ? extractor.extract(item) : List.of());
      FigureLedger.Result result = ledger.apply(ledgers.get(story), update);
      ledgers.put(story, result.state());
      result.events().forEach(e -> raised.add(flatten(name, e)));
    }
    return raised;
  }

  private static Raised flatten(String source, FigureEvent e) {
    if (e.details() instanceof AlertDetails.FigureChanged c) {
      return new Raised(source, e.type(), c.metric(), c.from(), c.to(), List.of(), c.current().sentence());
    }
    var c = (AlertDetails.FigureConflict) e.details();
    return new Raised(source, e.type(), c.metric(), 0, 0, c.values(), c.sources().get(1).sentence());
  }

  /** The counts score.py prints for figure alerts, with the missed and false ones spelled out. */
  static final class Score {
    int changedExpected;
    int changedFound;
    int exactFrom;
    int conflictExpected;
    int conflictFound;
    final List<String> missed = new ArrayList<>();
    final List<String> falseAlarms = new ArrayList<>();
  }

  static Score score(JsonNode labels, List<Raised> raised) {
    Score s = new Score();
    Set<Raised> used = new HashSet<>();
    Set<String> changedAt = new HashSet<>();
    for (JsonNode exp : labels.path("expected_alerts")) {
      String type = exp.path("type").asText();
      if (!type.startsWith("FIGURE_")) {
        continue;
      }
      boolean changed = type.equals("FIGURE_CHANGED");
      changedAt.add(changed ? exp.path("at").asText() : "");
      Raised got = raised.stream().filter(r -> !used.contains(r) && matches(exp, r)).findFirst().orElse(null);
      if (changed) {
        s.changedExpected++;
      } else {
        s.conflictExpected++;
      }
      if (got == null) {
        s.missed.add(exp + " raised there: " + raised.stream().filter(r -> r.source().equals(exp.path("at").asText())).toList());
        continue;
      }
      used.add(got);
      if (changed) {
        s.changedFound++;
        s.exactFrom += got.from() == exp.path("from").asLong() ? 1 : 0;
      } else {
        s.conflictFound++;
      }
    }
    for (JsonNode m : labels.path("must_not_alert")) {
      if (!m.path("type").asText().equals("FIGURE_CHANGED")) {
        continue;
      }
      Set<Long> forbidden = new HashSet<>();
      m.path("values").forEach(v -> forbidden.add(Math.round(v.asDouble())));
      String at = m.path("at").asText();
      for (Raised r : raised) {
        boolean bad = r.type() == AlertType.FIGURE_CHANGED && r.source().equals(at) && !used.contains(r)
            && (!changedAt.contains(at) || forbidden.contains(r.to()));
        if (bad) {
          s.falseAlarms.add(r + " (" + m.path("why").asText() + ")");
        }
      }
    }
    return s;
  }

  private static boolean matches(JsonNode exp, Raised r) {
    if (!r.source().equals(exp.path("at").asText()) || !r.metric().equals(exp.path("metric").asText())
        || !r.type().name().equals(exp.path("type").asText())) {
      return false;
    }
    if (r.type() == AlertType.FIGURE_CHANGED) {
      return r.to() == exp.path("to").asLong();
    }
    for (JsonNode v : exp.path("values")) {
      if (!r.values().contains(v.asLong())) {
        return false;
      }
    }
    return true;
  }

  static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
