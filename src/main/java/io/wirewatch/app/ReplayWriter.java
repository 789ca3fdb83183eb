package io.wirewatch.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirewatch.model.Decision;
import io.wirewatch.model.Json;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes a replay's outcomes as JSON lines in the evaluation format (shared/eval/FORMAT.md). */
final class ReplayWriter {
  private ReplayWriter() {}

  static void write(Replay.Result result, Writer out) throws IOException {
    BufferedWriter w = new BufferedWriter(out);
    for (String source : result.sources()) {
      List<Outcome> outcomes = result.outcomes().get(source);
      for (Outcome o : outcomes) {
        w.write(Json.mapper().writeValueAsString(toJson(o)));
        w.newLine();
      }
    }
    w.flush();
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
      case Outcome.Rejected rejected -> {
        n.put("type", "rejected");
        n.put("source", rejected.source());
        n.put("reason", rejected.reason());
        n.put("message", rejected.message());
      }
    }
    return n;
  }
}
