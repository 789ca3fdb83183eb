package io.wirewatch.channels;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.wirewatch.model.AlertType;
import io.wirewatch.model.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads channels.yaml (format in docs/channels.md). Only enabled channels are read in full, so a disabled
 * example needs none of its environment variables. Every error names the key, e.g.
 * {@code channels[2].url: environment variable SLACK_WEBHOOK_URL is not set}.
 */
public final class ChannelsYaml {
  /** The copy bundled in the jar, used when the configured relative file is absent. */
  public static final String BUNDLED = "/config/channels.yaml";
  static final Set<String> TYPES = Set.of("slack", "teams", "webhook", "email", "console");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private ChannelsYaml() {}

  /** Loads {@code file}, or the bundled copy when a relative {@code file} does not exist. */
  public static ChannelsConfig load(Path file, Map<String, String> env) {
    try {
      if (Files.isRegularFile(file)) {
        return parse(Files.readString(file), env);
      }
      if (file.isAbsolute()) {
        throw new IllegalArgumentException("channels.config: file not found: " + file);
      }
      try (InputStream in = ChannelsYaml.class.getResourceAsStream(BUNDLED)) {
        if (in == null) {
          throw new IllegalArgumentException("channels.config: file not found: " + file);
        }
        return parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), env);
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("channels.config: cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Parses YAML text. */
  public static ChannelsConfig parse(String yaml, Map<String, String> env) {
    JsonNode root;
    try {
      root = YAML.readTree(yaml);
    } catch (IOException e) {
      throw new IllegalArgumentException("channels.yaml: not valid YAML: " + e.getMessage(), e);
    }
    Settings top = new Settings(root, "", env);
    Settings defaults = top.child("defaults");
    RetryPolicy retry = retry(defaults.child("retry"), RetryPolicy.DEFAULT);
    Fatigue fatigue = fatigue(defaults, Fatigue.NONE);
    List<ChannelSpec> channels = new ArrayList<>();
    Set<String> names = new HashSet<>();
    JsonNode list = root == null ? null : root.get("channels");
    for (int i = 0; list != null && i < list.size(); i++) {
      Settings s = new Settings(list.get(i), "channels[" + i + "]", env);
      if (!s.bool("enabled", true)) {
        continue;
      }
      ChannelSpec spec = channel(s, retry, fatigue);
      if (!names.add(spec.name())) {
        throw new IllegalArgumentException(s.key("name") + ": a channel named '" + spec.name() + "' already exists");
      }
      channels.add(spec);
    }
    return new ChannelsConfig(top.string("storyUrl", ""), top.duration("maxAlertAge", Duration.ofHours(6)),
        channels);
  }

  private static ChannelSpec channel(Settings s, RetryPolicy retry, Fatigue fatigue) {
    String type = s.required("type").toLowerCase(Locale.ROOT);
    if (!TYPES.contains(type)) {
      throw new IllegalArgumentException("Unknown value '" + type + "' encountered for property " + s.key("type")
          + " (expected one of " + new java.util.TreeSet<>(TYPES) + ")");
    }
    return new ChannelSpec(s.string("name", type), type, route(s.child("route")), fatigue(s, fatigue),
        retry(s.child("retry"), retry), s);
  }

  static Route route(Settings r) {
    Set<AlertType> types = new HashSet<>();
    for (String t : r.list("types")) {
      try {
        types.add(AlertType.valueOf(t.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("Unknown value '" + t + "' encountered for property " + r.key("types"));
      }
    }
    Severity min;
    try {
      min = Severity.of(r.string("minSeverity", "low"));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Unknown value '" + r.string("minSeverity", "") + "' encountered for "
          + "property " + r.key("minSeverity") + " (expected low, medium, high or critical)");
    }
    return new Route(types, min, new HashSet<>(r.list("desks")), new HashSet<>(r.list("stories")));
  }

  static Fatigue fatigue(Settings s, Fatigue base) {
    Settings rate = s.child("rateLimit");
    Settings digest = s.child("digest");
    Settings fold = s.child("fold");
    try {
      return new Fatigue(rate.integer("messages", base.rateMessages()), rate.duration("per", base.ratePer()),
          digest.duration("window", base.digestWindow()), digest.integer("maxAlerts", base.digestMaxAlerts()),
          fold.duration("window", base.foldWindow()));
    } catch (IllegalArgumentException e) {
      throw keyed(s.path(), e);
    }
  }

  static RetryPolicy retry(Settings r, RetryPolicy base) {
    try {
      return new RetryPolicy(r.integer("maxAttempts", base.maxAttempts()),
          r.duration("initialBackoff", base.initialBackoff()), r.duration("maxBackoff", base.maxBackoff()),
          Double.parseDouble(r.string("jitter", String.valueOf(base.jitter()))),
          r.duration("maxElapsed", base.maxElapsed()), r.duration("timeout", base.timeout()));
    } catch (IllegalArgumentException e) {
      throw keyed(r.path(), e);
    }
  }

  /** Errors from Settings already name their key; those from record validation get the section's path. */
  private static IllegalArgumentException keyed(String path, IllegalArgumentException e) {
    String where = path.isEmpty() ? "channels.yaml" : path;
    return e.getMessage() != null && e.getMessage().startsWith(where) ? e
        : new IllegalArgumentException(where + ": " + e.getMessage(), e);
  }
}
