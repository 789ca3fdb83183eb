package io.wirewatch.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.model.Alert;
import io.wirewatch.model.AlertDetails;
import io.wirewatch.model.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Alert scores as shared/eval/score.py computes them: per type, the expected alerts found (same type and
 * file; figure changes also the metric and new value, conflicts the metric and values, escalations the new
 * level) and the false alarms the labels' must_not_alert list forbids.
 */
public record AlertScores(Map<String, Integer> expected, Map<String, Integer> found, Map<String, Integer> falseAlarms) {

  public static AlertScores of(Path labels, List<Alert> alerts) throws Exception {
    JsonNode root = Json.mapper().readTree(labels.toFile());
    Map<String, Integer> expected = new TreeMap<>();
    Map<String, Integer> found = new TreeMap<>();
    Map<String, Integer> falseAlarms = new TreeMap<>();
    Set<Integer> used = new HashSet<>();
    Set<String> changeAt = new HashSet<>();
    for (JsonNode exp : root.get("expected_alerts")) {
      String type = exp.get("type").asText();
      expected.merge(type, 1, Integer::sum);
      if (type.equals("FIGURE_CHANGED")) {
        changeAt.add(exp.get("at").asText());
      }
      for (int i = 0; i < alerts.size(); i++) {
        Alert a = alerts.get(i);
        if (!used.contains(i) && a.type().name().equals(type) && exp.get("at").asText().equals(a.source())
            && matches(exp, a)) {
          used.add(i);
          found.merge(type, 1, Integer::sum);
          break;
        }
      }
    }
    for (JsonNode m : root.get("must_not_alert")) {
      String type = m.get("type").asText();
      for (int i = 0; i < alerts.size(); i++) {
        Alert a = alerts.get(i);
        if (!a.type().name().equals(type) || !m.get("at").asText().equals(a.source()) || used.contains(i)) {
          continue;
        }
        boolean bad = !type.equals("FIGURE_CHANGED") || !changeAt.contains(a.source())
            || values(m).contains((double) ((AlertDetails.FigureChanged) a.details()).to());
        if (bad) {
          falseAlarms.merge(type, 1, Integer::sum);
        }
      }
    }
    return new AlertScores(expected, found, falseAlarms);
  }

  private static boolean matches(JsonNode exp, Alert a) {
    return switch (a.details()) {
      case AlertDetails.FigureChanged c -> c.metric().equals(exp.get("metric").asText())
          && c.to() == exp.get("to").asDouble();
      case AlertDetails.FigureConflict c -> c.metric().equals(exp.get("metric").asText())
          && c.values().stream().map(Long::doubleValue).toList().containsAll(values(exp));
      case AlertDetails.Escalation e -> e.toLevel().equals(exp.get("to_level").asText());
      default -> true;
    };
  }

  private static List<Double> values(JsonNode node) {
    List<Double> out = new ArrayList<>();
    node.path("values").forEach(v -> out.add(v.asDouble()));
    return out;
  }

  public int found(String type) {
    return found.getOrDefault(type, 0);
  }

  public int expected(String type) {
    return expected.getOrDefault(type, 0);
  }

  public int falseAlarms(String type) {
    return falseAlarms.getOrDefault(type, 0);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    expected.forEach((t, n) -> s.append(String.format("%s %d/%d false=%d; ", t, found(t), n, falseAlarms(t))));
    return s.toString().trim();
  }
}
