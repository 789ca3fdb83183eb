package io.wirewatch.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirewatch.model.Alert;
import io.wirewatch.model.AlertDetails;
import io.wirewatch.model.Decision;
import io.wirewatch.model.Json;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;

/** Writes a replay's outcomes as JSON lines in the evaluation format (shared/eval/FORMAT.md). */
final class ReplayWriter {
  private ReplayWriter() {}

  /** Items and rejections in file order, then the alerts in the order of the files that raised them. */
  static void write(Replay.Result result, Writer out) throws IOException {
    BufferedWriter w = new BufferedWriter(out);
    for (String source : result.sources()) {
      List<Outcome> outcomes = result.outcomes().get(source);
      for (Outcome o : outcomes) {
        if (o instanceof Outcome.Decided || o instanceof Outcome.Rejected) {
          ObjectNode json = toJson(o);
          if (o instanceof Outcome.Decided d) {
            addParsedText(json, d.decision(), outcomes);
          }
          w.write(Json.mapper().writeValueAsString(json));
          w.newLine();
        }
      }
    }
    for (String source : result.sources()) {
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (Outcome o : result.outcomes().get(source)) {
        if (o instanceof Outcome.Alerted a && seen.add(a.alert().id())) {
          w.write(Json.mapper().writeValueAsString(toJson(o)));
          w.newLine();
        }
      }
    }
    w.flush();
  }

  /** The item's language and body as the parser read them (FORMAT.md), from its wire.items record. */
  private static void addParsedText(ObjectNode json, Decision d, List<Outcome> outcomes) {
    outcomes.stream()
        .filter(Outcome.Parsed.class::isInstance)
        .map(o -> ((Outcome.Parsed) o).item())
        .filter(item -> item.uri().equals(d.uri()) && Objects.equals(item.version(), d.version()))
        .findFirst()
        .ifPresent(item -> json.put("language", item.language()).put("body", String.join("\n", item.body())));
  }

  static ObjectNode toJson(Outcome outcome) {
    ObjectNode n = Json.mapper().createObjectNode();
    switch (outcome) {
      case Outcome.Decided decided -> {
        Decision d = decided.decision();
        n.put("type", "item");
        n.put("source", d.source());
        n.put("uri", d.uri());
        n.put("version", d.version());
        n.put("agency", d.agency());
        n.put("format", d.format());
        n.put("headline", d.headline());
        n.put("story", d.story());
        n.put("status", d.status().id());
        n.put("duplicateOf", d.duplicateOf());
        n.set("reasons", Json.mapper().valueToTree(d.reasons()));
        n.put("versionCreated", d.versionCreated() == null ? null : d.versionCreated().toString());
      }
      case Outcome.Alerted alerted -> alertJson(n, alerted.alert());
      case Outcome.Merged merged -> n.put("type", "merged").put("source", merged.source());
      case Outcome.Parsed parsed -> n.put("type", "parsed").put("source", parsed.source());
      case Outcome.Rejected rejected -> {
        n.put("type", "rejected");
        n.put("source", rejected.source());
        n.put("reason", rejected.reason());
        n.put("message", rejected.message());
      }
    }
    return n;
  }

  /** An alert in the evaluation format: type, source, story, and the fields of its kind. */
  private static void alertJson(ObjectNode n, Alert a) {
    n.put("type", "alert");
    n.put("alert", a.type().name());
    n.put("source", a.source());
    n.put("story", a.story());
    n.put("id", a.id());
    n.put("severity", a.severity().id());
    n.put("title", a.title());
    switch (a.details()) {
      case AlertDetails.FigureChanged c -> n.put("metric", c.metric()).put("subject", c.subject())
          .put("from", c.from()).put("to", c.to());
      case AlertDetails.FigureConflict c -> {
        n.put("metric", c.metric()).put("subject", c.subject());
        n.set("values", Json.mapper().valueToTree(c.values()));
      }
      case AlertDetails.Escalation e -> n.put("fromLevel", e.fromLevel()).put("toLevel", e.toLevel());
      case AlertDetails.Watch wq -> n.put("desk", wq.desk()).put("query", wq.queryId());
      case null, default -> { }
    }
  }
}
