package io.wirewatch.alerts.watch;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.wirewatch.model.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads watchlist files ({@code *.yaml}, {@code *.yml}) from a directory. A file has a {@code desk}, default
 * {@code severity} and {@code channels}, and a list of {@code queries}, each with an {@code id}, a
 * {@code query} and optionally its own {@code severity} and {@code channels}. Problems are collected with
 * their file and line, never thrown: one broken query does not stop the others.
 */
public final class WatchlistLoader {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** The queries read, and the problems met. */
  public record Loaded(List<WatchQuery> queries, List<WatchError> errors) {
    public Loaded {
      queries = List.copyOf(queries);
      errors = List.copyOf(errors);
    }
  }

  private WatchlistLoader() {}

  /** The watchlist files of a directory, sorted by name; none when it does not exist. */
  public static List<Path> files(Path dir) throws IOException {
    if (dir == null || !Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> {
        String n = p.getFileName().toString();
        return Files.isRegularFile(p) && (n.endsWith(".yaml") || n.endsWith(".yml"));
      }).sorted().toList();
    }
  }

  public static Loaded load(Path dir) {
    List<WatchQuery> queries = new ArrayList<>();
    List<WatchError> errors = new ArrayList<>();
    try {
      for (Path file : files(dir)) {
        loadFile(file, queries, errors);
      }
    } catch (IOException e) {
      errors.add(new WatchError(String.valueOf(dir), 0, null, "cannot list watchlists: " + e.getMessage()));
    }
    return new Loaded(queries, errors);
  }

  static void loadFile(Path file, List<WatchQuery> queries, List<WatchError> errors) {
    String name = file.toString();
    try (JsonParser p = YAML.getFactory().createParser(file.toFile())) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        errors.add(new WatchError(name, line(p), null, "a watchlist file is a mapping with desk and queries"));
        return;
      }
      FileDefaults defaults = new FileDefaults();
      List<QueryNode> nodes = new ArrayList<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        if (field.equals("queries") && p.currentToken() == JsonToken.START_ARRAY) {
          while (p.nextToken() == JsonToken.START_OBJECT) {
            int line = line(p);
            nodes.add(new QueryNode(line, YAML.readTree(p)));
          }
        } else {
          defaults.set(field, YAML.readTree(p));
        }
      }
      if (defaults.desk == null || defaults.desk.isBlank()) {
        errors.add(new WatchError(name, 1, null, "missing 'desk'"));
        return;
      }
      Set<String> ids = new HashSet<>();
      for (QueryNode n : nodes) {
        toQuery(name, n, defaults, ids, errors).ifPresent(queries::add);
      }
    } catch (IOException | RuntimeException e) {
      errors.add(new WatchError(name, lineOf(e), null, "cannot read watchlist: " + e.getMessage()));
    }
  }

  private static java.util.Optional<WatchQuery> toQuery(String file, QueryNode n, FileDefaults d, Set<String> ids,
      List<WatchError> errors) {
    String id = n.node.path("id").asText("").strip();
    String query = n.node.path("query").asText("").strip();
    if (id.isEmpty() || query.isEmpty()) {
      errors.add(new WatchError(file, n.line, id.isEmpty() ? null : id, "a query needs an 'id' and a 'query'"));
      return java.util.Optional.empty();
    }
    if (!ids.add(id)) {
      errors.add(new WatchError(file, n.line, id, "duplicate query id in desk '" + d.desk + "'"));
      return java.util.Optional.empty();
    }
    try {
      Severity severity = n.node.has("severity") ? Severity.of(n.node.get("severity").asText()) : d.severity;
      List<String> channels = n.node.has("channels") ? strings(n.node.get("channels")) : d.channels;
      return java.util.Optional.of(new WatchQuery(d.desk, id, query, severity, channels, file, n.line));
    } catch (IllegalArgumentException e) {
      errors.add(new WatchError(file, n.line, id, "bad severity: " + n.node.path("severity").asText()));
      return java.util.Optional.empty();
    }
  }

  private static List<String> strings(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(c -> out.add(c.asText()));
    } else if (!node.isNull()) {
      out.add(node.asText());
    }
    return out;
  }

  private static int line(JsonParser p) {
    return p.currentTokenLocation().getLineNr();
  }

  private static int lineOf(Exception e) {
    return e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null
        ? j.getLocation().getLineNr() : 0;
  }

  private record QueryNode(int line, JsonNode node) {}

  private static final class FileDefaults {
    private String desk;
    private Severity severity = Severity.MEDIUM;
    private List<String> channels = List.of();

    void set(String field, JsonNode value) {
      switch (field) {
        case "desk" -> desk = value.asText().strip();
        case "severity" -> severity = Severity.of(value.asText());
        case "channels" -> channels = strings(value);
        default -> { }
      }
    }
  }
}
