package io.wirewatch.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.formats.ParseResult;
import io.wirewatch.formats.WireParsers;
import io.wirewatch.model.AlertDetails;
import io.wirewatch.model.DecisionStatus;
import io.wirewatch.model.Json;
import io.wirewatch.model.WireItem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Replays the labelled dev corpus through {@link StoryRules}, grouped by the GOLD event and with the gold
 * kind as decision status, so the rules are judged apart from clustering and version detection.
 */
final class DevCorpusRun {
  static final Path DEV = Path.of("..", "shared", "corpus", "dev");

  /** An alert raised at a corpus file. */
  record Raised(String file, String event, AlertDetails details) {
    String type() {
      return switch (details) {
        case AlertDetails.Escalation e -> "ESCALATION";
        case AlertDetails.Kill k -> "KILL";
        case AlertDetails.Correction c -> "CORRECTION";
        case AlertDetails.HeadlineMismatch h -> "HEADLINE_MISMATCH";
        default -> details.getClass().getSimpleName();
      };
    }
  }

  final JsonNode labels;
  final List<Raised> raised = new ArrayList<>();
  final List<String> errors = new ArrayList<>();

  DevCorpusRun() throws IOException {
    labels = Json.mapper().readTree(DEV.resolve("labels.json").toFile());
  }

  static boolean present() {
    return Files.isRegularFile(DEV.resolve("labels.json")) && Files.isDirectory(DEV.resolve("items"));
  }

  DevCorpusRun run(StoryRules rules) throws IOException {
    WireParsers parsers = new WireParsers(WireParsers.DEFAULT_MAX_BYTES);
    Map<String, StoryRuleState> states = new HashMap<>();
    Map<String, WireItem> latestByUri = new HashMap<>();
    for (Path file : files()) {
      String name = file.getFileName().toString();
      JsonNode gold = labels.path("items").path(name);
      if (gold.isMissingNode()) {
        continue;
      }
      ParseResult result = parsers.parse(Files.readAllBytes(file), name);
      if (!(result instanceof ParseResult.Accepted accepted) || accepted.items().isEmpty()) {
        errors.add(name + ": not parsed: " + result);
        continue;
      }
      WireItem item = accepted.items().get(0);
      String event = gold.path("event").asText();
      DecisionStatus status = DecisionStatus.of(gold.path("kind").asText());
      WireItem before = latestByUri.get(event + item.uri());
      StoryRules.Outcome out = rules.evaluate(states.get(event), item, status,
          before == null ? null : VersionText.of(before));
      states.put(event, out.state());
      out.alerts().forEach(a -> raised.add(new Raised(name, event, a)));
      out.errors().forEach(e -> errors.add(name + ": " + e));
      if (status != DecisionStatus.DUPLICATE) {
        latestByUri.put(event + item.uri(), item);
      }
    }
    return this;
  }

  private static List<Path> files() throws IOException {
    try (Stream<Path> s = Files.list(DEV.resolve("items"))) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
