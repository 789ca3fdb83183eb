package io.wirewatch.app;

import io.wirewatch.dedup.Decider;
import io.wirewatch.figures.FigureConfig;
import io.wirewatch.figures.FigureExtractor;
import io.wirewatch.channels.DispatchSettings;
import io.wirewatch.kafka.TopicSpec;
import io.wirewatch.stories.StoryClusterer;
import io.wirewatch.model.Topics;
import io.wirewatch.web.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * wirewatch's configuration, parsed once: the bundled defaults ({@code config/wirewatch.properties} in
 * the jar), then the given file, then {@code WIREWATCH_*} environment variables. A bad value fails with
 * an error naming the full key; a key in the file that wirewatch does not know fails with the nearest
 * known key ({@link ConfigKeys}).
 */
public record AppConfig(
    String applicationId,
    String stateDir,
    Map<String, String> kafka,
    TopicsConfig topics,
    IngestConfig ingest,
    ReplayConfig replay,
    HttpConfig http,
    DecideConfig decide,
    DispatchSettings channels,
    AlertsConfig alerts) {

  static final String DEFAULTS_RESOURCE = "/config/wirewatch.properties";
  private static final String ENV_PREFIX = "WIREWATCH_";
  private static final List<String> CLIENT_KINDS = List.of("streams", "producer", "consumer", "admin");

  public AppConfig {
    kafka = Map.copyOf(kafka);
  }

  /** Topic settings: prefix, default partitions and replication, and per-topic overrides. */
  public record TopicsConfig(String prefix, int partitions, short replicationFactor, int minInsyncReplicas,
      Map<String, String> perTopic) {
    public TopicsConfig {
      perTopic = Map.copyOf(perTopic);
    }
  }

  /** Ingest limits and the transports (spool folder, HTTP push, feeds). */
  public record IngestConfig(int maxBytes, io.wirewatch.ingest.TransportConfig transports) {}

  /** Replay behaviour. */
  public record ReplayConfig(Duration idleTimeout) {}

  /**
   * Alert rules.
   *
   * @param watchlistsDir folder of the desks' watchlist YAML files (missing folder: no watch queries)
   * @param watchlistsReload how often the folder is checked for changed files
   * @param escalationFile escalation cues file; null = the bundled English cues
   * @param figures the figure ledger's settings
   * @param figuresProfile how figures are read ({@code figures.profile}: standard, or gva to count as the Gun
   *     Violence Archive does)
   */
  public record AlertsConfig(Path watchlistsDir, Duration watchlistsReload, Path escalationFile,
      FigureConfig figures, FigureExtractor.Profile figuresProfile) {}

  /** Duplicate detection and story clustering settings. */
  public record DecideConfig(Decider.Settings settings, StoryClusterer.Settings stories) {}

  /**
   * The HTTP port (API, push ingest, dashboard, metrics).
   *
   * @param host address to bind; anything but loopback requires a token
   * @param port port; 0 picks a free one
   * @param token shared token for every route but health; empty = none (loopback only)
   * @param advertisedHost how other instances reach this one (for interactive queries)
   */
  public record HttpConfig(String host, int port, String token, String advertisedHost) {
    public HttpServer.Settings settings() {
      return new HttpServer.Settings(host, port, token);
    }
  }

  /** Loads the defaults, then {@code file} when given, then the environment. */
  public static AppConfig load(Path file) {
    return load(file, System.getenv());
  }

  static AppConfig load(Path file, Map<String, String> env) {
    return fromMap(raw(file, env));
  }

  /** The flat keys {@link #load} reads: the defaults, then {@code file} when given, then {@code env}. */
  static Map<String, String> raw(Path file, Map<String, String> env) {
    Map<String, String> raw = new TreeMap<>(bundledDefaults());
    if (file != null) {
      Map<String, String> given = readFile(file);
      ConfigKeys.requireKnown(given.keySet(), raw.keySet(), file);
      raw.putAll(given);
    }
    raw.putAll(fromEnvironment(env));
    return raw;
  }

  /** Builds a config from flat keys (tests use this with {@link #bundledDefaults()}). */
  public static AppConfig fromMap(Map<String, String> raw) {
    Keys k = new Keys(raw);
    Map<String, String> kafka = new TreeMap<>();
    raw.forEach((key, value) -> {
      if (key.startsWith("kafka.") && value != null && !value.isBlank()) {
        kafka.put(key.substring("kafka.".length()), value.trim());
      }
    });
    Map<String, String> perTopic = new TreeMap<>();
    raw.forEach((key, value) -> {
      if (key.startsWith("topics.wire.")) {
        perTopic.put(key.substring("topics.".length()), value.trim());
      }
    });
    TopicsConfig topics = new TopicsConfig(k.string("topics.prefix", ""), k.positiveInt("topics.partitions", 4),
        (short) k.positiveInt("topics.replication.factor", 1), k.positiveInt("topics.min.insync.replicas", 1),
        perTopic);
    return new AppConfig(
        k.string("application.id", "wirewatch"),
        k.string("state.dir", ""),
        kafka,
        topics,
        new IngestConfig(k.positiveInt("ingest.max.bytes", 1 << 20), TransportConfigs.parse(raw)),
        new ReplayConfig(Duration.ofMillis(k.positiveInt("replay.idle.timeout.ms", 60_000))),
        new HttpConfig(k.string("http.host", "127.0.0.1"), k.port("http.port", 8080), k.string("http.token", ""),
            k.string("http.advertised.host", "")),
        new DecideConfig(
            new Decider.Settings(k.fraction("dedup.near.threshold", 0.8), k.fraction("dedup.refile.threshold", 0.85),
                Duration.ofHours(k.positiveInt("dedup.window.hours", 72)),
                Duration.ofMinutes(k.nonNegativeInt("decide.max.skew.minutes", 5)),
                Duration.ofDays(k.positiveInt("decide.versions.retention.days", 30)),
                k.positiveInt("dedup.window.max.texts", Decider.Settings.DEFAULT_MAX_TEXTS)),
            new StoryClusterer.Settings(k.fraction("stories.threshold", 0.14),
                Duration.ofHours(k.positiveInt("stories.window.hours", 336)),
                Duration.ofHours(k.positiveInt("stories.grace.hours", 24)),
                Duration.ofHours(k.positiveInt("stories.half.life.hours", 120)),
                k.positiveInt("stories.centroid.terms", 300), k.positiveInt("stories.item.terms", 200),
                k.nonNegativeInt("stories.recent.items", 0),
                Duration.ofDays(k.nonNegativeInt("stories.reopen.days",
                    (int) StoryClusterer.Settings.DEFAULT_REOPEN.toDays())),
                k.positiveInt("stories.max.open", StoryClusterer.Settings.DEFAULT_MAX_OPEN))),
        new DispatchSettings(k.string("channels.config", DispatchSettings.DEFAULT_FILE),
            k.bool("channels.enabled", true),
            k.string("channels.group.id", "")),
        new AlertsConfig(Path.of(k.string("alerts.watchlists.dir", "config/watchlists")),
            Duration.ofMillis(k.positiveInt("alerts.watchlists.reload.ms", 5000)),
            k.string("alerts.escalation.file", "").isBlank() ? null : Path.of(k.string("alerts.escalation.file", "")),
            new FigureConfig(Duration.ofMinutes(k.positiveInt("figures.conflict.window.minutes", 120)),
                k.fraction("figures.conflict.max.relative.difference", 0.5),
                k.positiveInt("figures.history.limit", 20)),
            FigureExtractor.Profile.of(k.string("figures.profile", "standard"))));
  }

  /** The bundled defaults as flat keys. */
  public static Map<String, String> bundledDefaults() {
    try (InputStream in = AppConfig.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("bundled defaults " + DEFAULTS_RESOURCE + " missing from the jar");
      }
      Properties p = new Properties();
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
      return toMap(p);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read bundled defaults", e);
    }
  }

  /** A copy pointing every client at other bootstrap servers (the embedded broker). */
  public AppConfig withBootstrapServers(String bootstrap) {
    Map<String, String> k = new HashMap<>(kafka);
    k.put("bootstrap.servers", bootstrap);
    return new AppConfig(applicationId, stateDir, k, topics, ingest, replay, http, decide, channels, alerts);
  }

  /** A copy with another topic prefix and application id (replays and tests isolate themselves so). */
  public AppConfig withNamespace(String topicPrefix, String appId) {
    return new AppConfig(appId, stateDir, kafka, new TopicsConfig(topicPrefix, topics.partitions(),
        topics.replicationFactor(), topics.minInsyncReplicas(), topics.perTopic()), ingest, replay, http, decide, channels,
        alerts);
  }

  /** A copy with another HTTP port (0 = any free port; demos and tests). */
  public AppConfig withHttpPort(int port) {
    return new AppConfig(applicationId, stateDir, kafka, topics, ingest, replay,
        new HttpConfig(http.host(), port, http.token(), http.advertisedHost()), decide, channels, alerts);
  }

  /** A copy with another state directory. */
  public AppConfig withStateDir(String dir) {
    return new AppConfig(applicationId, dir, kafka, topics, ingest, replay, http, decide, channels, alerts);
  }

  public String bootstrapServers() {
    return kafka.getOrDefault("bootstrap.servers", "localhost:9092");
  }

  /** The topic names (with the configured prefix) and serdes. */
  public Topics topicNames() {
    return new Topics(topics.prefix());
  }

  /** Common kafka.* settings plus those of one client kind ("streams", "producer", "consumer", "admin"). */
  public Map<String, Object> clientConfig(String kind) {
    Map<String, Object> out = new HashMap<>();
    kafka.forEach((key, value) -> {
      if (CLIENT_KINDS.stream().noneMatch(c -> key.startsWith(c + "."))) {
        out.put(key, value);
      }
    });
    String prefix = kind + ".";
    kafka.forEach((key, value) -> {
      if (key.startsWith(prefix)) {
        out.put(key.substring(prefix.length()), value);
      }
    });
    return out;
  }

  /** How each of wirewatch's topics is created when missing. */
  public List<TopicSpec> topicSpecs() {
    Topics names = topicNames();
    List<TopicSpec> specs = new ArrayList<>();
    List<String> bases = List.of(Topics.RAW, Topics.ITEMS, Topics.SIGNATURES, Topics.DECISIONS,
        Topics.STORY_ITEMS, Topics.STORIES, Topics.ALERTS, Topics.DLQ, Topics.ALERTS_DELIVERED,
        Topics.ALERTS_UNDELIVERED);
    for (String base : bases) {
      String p = base + ".";
      int partitions = topics.partitions();
      Map<String, String> cfg = new HashMap<>();
      cfg.put("min.insync.replicas", String.valueOf(topics.minInsyncReplicas()));
      cfg.put("max.message.bytes", String.valueOf(io.wirewatch.model.RecordLimits.RECORD_BYTES));
      for (Map.Entry<String, String> e : topics.perTopic().entrySet()) {
        if (!e.getKey().startsWith(p) || belongsToLongerName(e.getKey(), base, bases)) {
          continue;
        }
        String setting = e.getKey().substring(p.length());
        if (setting.equals("partitions")) {
          partitions = ConfigKeys.parsePositive("topics." + e.getKey(), e.getValue());
        } else {
          cfg.put(setting, e.getValue());
        }
      }
      specs.add(new TopicSpec(names.prefix() + base, partitions, topics.replicationFactor(), cfg));
    }
    return specs;
  }

  /** The partition counts the topology relies on, checked at start ({@link io.wirewatch.kafka.PartitionCheck}). */
  public List<io.wirewatch.kafka.PartitionCheck.Rule> partitionRules() {
    String signatures = topicNames().signatures().name();
    return List.of(io.wirewatch.kafka.PartitionCheck.Rule.exactly(signatures, 1,
        "the deciding task must see every item in arrival order",
        "delete and recreate it with one partition (topics.wire.signatures.partitions=1), or start with a new "
            + "topics.prefix and application.id"));
  }

  /** wire.alerts.delivered.* settings are not wire.alerts settings. */
  private static boolean belongsToLongerName(String key, String base, List<String> bases) {
    return bases.stream().anyMatch(b -> b.length() > base.length() && key.startsWith(b + "."));
  }

  private static Map<String, String> readFile(Path file) {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Properties p = new Properties();
      p.load(r);
      return toMap(p);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read config file " + file + ": " + e.getMessage(), e);
    }
  }

  static Map<String, String> fromEnvironment(Map<String, String> env) {
    Map<String, String> out = new TreeMap<>();
    env.forEach((name, value) -> {
      if (name.startsWith(ENV_PREFIX) && name.length() > ENV_PREFIX.length()) {
        String key = name.substring(ENV_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.');
        out.put(key, value);
      }
    });
    return out;
  }

  private static Map<String, String> toMap(Properties p) {
    Map<String, String> m = new TreeMap<>();
    p.stringPropertyNames().forEach(n -> m.put(n, p.getProperty(n)));
    return m;
  }

  private record Keys(Map<String, String> raw) {
    String string(String key, String def) {
      String v = raw.get(key);
      return v == null ? def : v.trim();
    }

    int port(String key, int def) {
      String v = raw.get(key);
      if (v == null || v.isBlank()) {
        return def;
      }
      try {
        int p = Integer.parseInt(v.trim());
        if (p < 0 || p > 65535) {
          throw new NumberFormatException();
        }
        return p;
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("config " + key + ": expected a port 0-65535, got '" + v + "'");
      }
    }

    double fraction(String key, double def) {
      String v = raw.get(key);
      if (v == null || v.isBlank()) {
        return def;
      }
      try {
        double d = Double.parseDouble(v.trim());
        if (d < 0 || d > 1) {
          throw new NumberFormatException();
        }
        return d;
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("config " + key + ": expected a number from 0 to 1, got '" + v + "'");
      }
    }

    int nonNegativeInt(String key, int def) {
      String v = raw.get(key);
      return v == null || v.isBlank() ? def : "0".equals(v.trim()) ? 0 : ConfigKeys.parsePositive(key, v);
    }

    boolean bool(String key, boolean def) {
      String v = raw.get(key);
      if (v == null || v.isBlank()) {
        return def;
      }
      return switch (v.trim().toLowerCase(Locale.ROOT)) {
        case "true", "yes", "on" -> true;
        case "false", "no", "off" -> false;
        default -> throw new IllegalArgumentException("config " + key + ": expected true or false, got '" + v + "'");
      };
    }

    int positiveInt(String key, int def) {
      String v = raw.get(key);
      return v == null || v.isBlank() ? def : ConfigKeys.parsePositive(key, v);
    }
  }
}
