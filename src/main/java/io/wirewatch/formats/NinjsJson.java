package io.wirewatch.formats;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading ninjs JSON: a strict tree parse with MALFORMED_JSON errors, and the ninjs version. */
final class NinjsJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final Pattern MAJOR = Pattern.compile("^\\s*(\\d+)");

  private NinjsJson() {}

  /** The JSON tree; MALFORMED_JSON with line and column when it is not well-formed. */
  static JsonNode read(String json) {
    try {
      JsonNode node = MAPPER.readTree(json);
      if (node == null || node.isMissingNode()) {
        throw new RejectedInputException(RejectReason.EMPTY, "no JSON value");
      }
      return node;
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
      throw new RejectedInputException(RejectReason.MALFORMED_JSON,
          "malformed JSON" + where + ": " + e.getOriginalMessage(), e);
    }
  }

  /**
   * The ninjs major version: from {@code $standard}/{@code standard} when present, else by shape
   * (camelCase fields are 3.x, {@code headlines}/{@code bodies} 2.x, {@code headline}/{@code body_*} 1.x).
   */
  static WireFormat version(JsonNode root) {
    JsonNode standard = root.has("$standard") ? root.get("$standard") : root.get("standard");
    if (standard != null && standard.isObject()) {
      Matcher m = MAJOR.matcher(standard.path("version").asText(""));
      if (m.find()) {
        switch (m.group(1)) {
          case "1": return WireFormat.NINJS_1;
          case "2": return WireFormat.NINJS_2;
          case "3": return WireFormat.NINJS_3;
          default: break;
        }
      }
    }
    for (String camel : new String[] {"versionCreated", "firstCreated", "pubStatus", "edNote",
        "copyrightHolder", "representationType", "altIds", "contentCreated"}) {
      if (root.has(camel)) {
        return WireFormat.NINJS_3;
      }
    }
    if (root.has("headlines") || root.has("bodies")) {
      return WireFormat.NINJS_2;
    }
    if (root.has("headline") || root.has("body_html") || root.has("body_text") || root.has("body_xhtml")) {
      return WireFormat.NINJS_1;
    }
    return WireFormat.NINJS_2;
  }

  /** Text of the first present field among the spellings given (lower-case and camelCase); null if none. */
  static String text(JsonNode node, String... names) {
    for (String name : names) {
      JsonNode v = node.get(name);
      if (v != null && v.isValueNode() && !v.isNull() && !v.asText().isBlank()) {
        return v.asText().strip();
      }
    }
    return null;
  }

  /** The first present field among the spellings given, or a missing node. */
  static JsonNode field(JsonNode node, String... names) {
    for (String name : names) {
      if (node.has(name) && !node.get(name).isNull()) {
        return node.get(name);
      }
    }
    return node.path(names[0]);
  }
}
