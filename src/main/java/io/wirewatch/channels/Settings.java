package io.wirewatch.channels;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One YAML mapping of channels.yaml with its path (for errors) and the environment (for {@code ${VAR}} and
 * {@code ${VAR:-default}} references). Values are read and substituted on demand, so a disabled channel
 * needs none of its variables. {@link #toString()} never shows values: they may be secrets.
 */
public final class Settings {
  private static final Pattern VAR = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?}");

  private final JsonNode node;
  private final String path;
  private final Map<String, String> env;

  public Settings(JsonNode node, String path, Map<String, String> env) {
    this.node = node;
    this.path = Objects.requireNonNull(path, "path");
    this.env = Map.copyOf(env);
  }

  public String path() {
    return path;
  }

  public String key(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  public boolean has(String name) {
    return node != null && node.hasNonNull(name);
  }

  /** A nested mapping (empty when absent). */
  public Settings child(String name) {
    JsonNode n = node == null ? null : node.get(name);
    if (n != null && !n.isNull() && !n.isObject()) {
      throw new IllegalArgumentException(key(name) + ": expected a mapping");
    }
    return new Settings(n, key(name), env);
  }

  /** A string with environment references substituted, or {@code def} when absent. */
  public String string(String name, String def) {
    if (!has(name)) {
      return def;
    }
    JsonNode n = node.get(name);
    if (!n.isValueNode()) {
      throw new IllegalArgumentException(key(name) + ": expected a single value");
    }
    return substitute(name, n.asText());
  }

  public String required(String name) {
    String v = string(name, null);
    if (v == null || v.isBlank()) {
      throw new IllegalArgumentException(key(name) + ": required");
    }
    return v;
  }

  /** A required secret: usually {@code ${ENV_VAR}}, never logged. */
  public Secret secret(String name) {
    return new Secret(required(name));
  }

  public int integer(String name, int def) {
    String v = string(name, null);
    if (v == null) {
      return def;
    }
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key(name) + ": expected a whole number, got '" + v + "'");
    }
  }

  public boolean bool(String name, boolean def) {
    String v = string(name, null);
    if (v == null) {
      return def;
    }
    return switch (v.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "true", "yes", "on" -> true;
      case "false", "no", "off" -> false;
      default -> throw new IllegalArgumentException(key(name) + ": expected true or false, got '" + v + "'");
    };
  }

  public java.time.Duration duration(String name, java.time.Duration def) {
    String v = string(name, null);
    return v == null ? def : Durations.parse(key(name), v);
  }

  /** A list of strings; a single value counts as a list of one. */
  public List<String> list(String name) {
    if (!has(name)) {
      return List.of();
    }
    JsonNode n = node.get(name);
    List<String> out = new ArrayList<>();
    if (n.isArray()) {
      for (int i = 0; i < n.size(); i++) {
        out.add(substitute(name + "[" + i + "]", n.get(i).asText()).trim());
      }
    } else {
      out.add(substitute(name, n.asText()).trim());
    }
    return out;
  }

  private String substitute(String name, String value) {
    Matcher m = VAR.matcher(value);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String v = env.get(m.group(1));
      if (v == null || v.isEmpty()) {
        v = m.group(2);
      }
      if (v == null) {
        throw new IllegalArgumentException(key(name) + ": environment variable " + m.group(1) + " is not set");
      }
      m.appendReplacement(b, Matcher.quoteReplacement(v));
    }
    m.appendTail(b);
    return b.toString();
  }

  @Override
  public String toString() {
    return "Settings[" + path + "]";
  }
}
