package io.wirewatch.channels;

/**
 * The dispatcher's keys in {@code wirewatch.properties}.
 *
 * @param configFile {@code channels.config}: the channels YAML; a missing relative path falls back to
 *     the copy bundled in the jar
 * @param enabled {@code channels.enabled}: start the dispatcher with {@code run} and {@code demo}
 * @param groupId {@code channels.group.id}: the consumer group; blank = {@code <application.id>-channels}
 */
public record DispatchSettings(String configFile, boolean enabled, String groupId) {
  public static final String DEFAULT_FILE = "config/channels.yaml";

  public DispatchSettings {
    configFile = configFile == null || configFile.isBlank() ? DEFAULT_FILE : configFile.trim();
    groupId = groupId == null ? "" : groupId.trim();
  }

  /** The consumer group for an application id. */
  public String groupId(String applicationId) {
    return groupId.isBlank() ? applicationId + "-channels" : groupId;
  }
}
