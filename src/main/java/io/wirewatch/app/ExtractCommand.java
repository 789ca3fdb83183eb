package io.wirewatch.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirewatch.alerts.escalation.DomainClassifier;
import io.wirewatch.alerts.escalation.EscalationDetector;
import io.wirewatch.alerts.escalation.EscalationLevel;
import io.wirewatch.alerts.escalation.Evidence;
import io.wirewatch.alerts.escalation.StoryDomain;
import io.wirewatch.figures.FigureExtractor;
import io.wirewatch.model.Figure;
import io.wirewatch.model.Json;
import io.wirewatch.model.WireItem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Reads sentence cases (one JSON object a line: id, lang, headline, text) and writes what the pipeline's own
 * readers find in each: figures, escalation level and domain. No Kafka: each case is read as one item by the
 * same extractor and detector the story stage uses. The contract is {@code shared/eval/SENTENCES.md}.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Read each case of CASES.jsonl (id, lang, headline, text) as one item and write one JSON "
        + "line per case with the figures, escalation level and domain the pipeline reads in it.",
        "A malformed line is reported with its line number on stderr and skipped; the exit code is then 1."})
final class ExtractCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "CASES", description = "JSON Lines file of cases.")
  Path cases;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "Where to write the JSON lines.")
  Path out;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(cases)) {
      throw new IllegalArgumentException("no such file: " + cases);
    }
    List<String> lines = Files.readAllLines(cases, StandardCharsets.UTF_8);
    CaseReader reader = new CaseReader();
    ObjectMapper json = Json.mapper();
    ConsoleProgress progress = ConsoleProgress.onStderr("extract", lines.size());
    int malformed = 0;
    int done = 0;
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.isBlank()) {
          continue;
        }
        try {
          JsonNode c = json.readTree(line);
          if (c == null || !c.isObject() || !c.hasNonNull("id")) {
            throw new IllegalArgumentException("not a case object with an \"id\"");
          }
          w.write(json.writeValueAsString(reader.read(c)));
          w.write('\n');
        } catch (IOException | RuntimeException e) {
          malformed++;
          System.err.printf("wirewatch: %s line %d: skipped, %s%n", cases, i + 1, oneLine(e));
        }
        done++;
        if (done % 100 == 0) {
          progress.update(done, malformed == 0 ? "" : malformed + " malformed");
        }
      }
    }
    progress.finish(done, malformed == 0 ? "" : malformed + " malformed");
    return malformed == 0 ? 0 : 1;
  }

  private static String oneLine(Exception e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  /** One case in, one result out, through the pipeline's readers. */
  static final class CaseReader {
    private final ObjectMapper json = Json.mapper();
    private final FigureExtractor figures = new FigureExtractor();
    private final EscalationDetector detector = EscalationDetector.withDefaults();
    private final DomainClassifier domains = detector.classifier();

    ObjectNode read(JsonNode c) {
      WireItem item = itemOf(c);
      ObjectNode r = json.createObjectNode();
      r.put("id", c.get("id").asText());
      ArrayNode fs = r.putArray("figures");
      for (Figure f : figures.extract(item)) {
        ObjectNode o = fs.addObject();
        o.put("metric", f.metric().id());
        o.put("value", f.value());
        o.put("qualifier", f.qualifier().id());
        o.put("side", Sides.iso(f.subjectKey()));
        o.put("subject", f.subject());
        o.put("sentence", f.sentence());
        o.put("offset", f.offset());
      }
      StoryDomain domain = domains.classify(item).domain();
      List<Evidence> evidence = detector.detect(item, domain);
      EscalationLevel level = EscalationDetector.levelOf(evidence, domain);
      if (level == EscalationLevel.NONE) {
        r.putNull("level");
      } else {
        r.put("level", level.id());
      }
      ArrayNode ev = r.putArray("evidence");
      for (Evidence e : evidence) {
        if (level != EscalationLevel.NONE) {
          ev.addObject().put("level", e.level().min(level).id()).put("cue", e.cue()).put("sentence", e.sentence());
        }
      }
      r.put("domain", domain.reportedId());
      return r;
    }

    static WireItem itemOf(JsonNode c) {
      String id = c.get("id").asText();
      String text = c.path("text").asText("");
      List<String> body = new ArrayList<>(Arrays.stream(text.split("\\n+")).filter(s -> !s.isBlank()).toList());
      String lang = c.hasNonNull("lang") ? c.get("lang").asText() : null;
      Instant time = c.hasNonNull("versionCreated") ? Instant.parse(c.get("versionCreated").asText()) : null;
      return new WireItem("case:" + id, null, time, null, null, lang, c.path("headline").asText(""), body, null,
          null, null, null, null, null, List.of(), null, List.of(), List.of(), id, "case", null);
    }
  }

  /** The ISO 3166 alpha-2 code of a figure's side, from its subject key's country prefix; null if none. */
  static final class Sides {
    private static final java.util.Map<String, String> BY_NAME = new java.util.HashMap<>();

    static {
      for (String iso : java.util.Locale.getISOCountries()) {
        String name = new java.util.Locale("", iso).getDisplayCountry(java.util.Locale.ENGLISH);
        BY_NAME.put(name.toLowerCase(java.util.Locale.ROOT), iso);
      }
    }

    static String iso(String subjectKey) {
      int colon = subjectKey == null ? -1 : subjectKey.indexOf(':');
      if (colon <= 0) {
        return null;
      }
      return BY_NAME.get(subjectKey.substring(0, colon).toLowerCase(java.util.Locale.ROOT));
    }
  }
}
