package io.wirewatch.alerts;

import io.wirewatch.model.AlertDetails;
import io.wirewatch.model.PubStatus;
import io.wirewatch.model.WireItem;
import io.wirewatch.text.VersionMarkers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * KILL: an agency killed an item, by pubStatus canceled, a "kill" signal, a {@code KILL-} headline or a
 * kill advisory in the body. The alert names the killed item and gives the agency's reason when it gave
 * one: the editor's note without its "KILL" label, plus the advisory's explanation sentences.
 */
public final class KillRule {
  private static final Pattern ADVISORY = Pattern.compile("(?i)\\b(?:please\\s+)?kill\\s+(?:the\\s+|this\\s+)?"
      + "(?:story|item|report|dispatch)|\\bkill\\s+advisory\\b|\\bmandatory\\s+kill\\b");
  private static final Pattern LABEL = Pattern.compile("(?i)^\\s*(?:mandatory\\s+)?kill(?:ed)?\\s*[-:\u2013\u2014]*\\s*");
  private static final Pattern HEADLINED = Pattern.compile("(?i)headlined\\s+[\"\u201C]([^\"\u201D]{3,300})[\"\u201D]");
  private static final Pattern BOILERPLATE = Pattern.compile(
      "(?i)(no\\s+substitute|will\\s+not\\s+be\\s+replaced|^please\\s+kill|^editors?\\s*:?\\s*please\\s+kill)");

  private KillRule() {}

  /** True when the item is a kill, however the agency said so. */
  public static boolean isKill(WireItem item) {
    if (item.pubStatus() == PubStatus.CANCELED || item.hasSignal("kill")) {
      return true;
    }
    if (VersionMarkers.leads(item.headline(), VersionMarkers.Meaning.KILL)) {
      return true;
    }
    return !item.body().isEmpty() && ADVISORY.matcher(item.body().get(0)).find();
  }

  /** The KILL details when the item is a kill. */
  public static Optional<AlertDetails.Kill> evaluate(WireItem item) {
    if (!isKill(item)) {
      return Optional.empty();
    }
    return Optional.of(new AlertDetails.Kill(item.uri(), killedHeadline(item), reason(item)));
  }

  static String killedHeadline(WireItem item) {
    Matcher m = HEADLINED.matcher(item.bodyText());
    if (m.find()) {
      return m.group(1).strip();
    }
    return LABEL.matcher(item.headline()).replaceFirst("").strip();
  }

  /** The agency's reason, or null when it gave none. */
  static String reason(WireItem item) {
    List<String> parts = new ArrayList<>();
    if (item.ednote() != null && !item.ednote().isBlank()) {
      String note = LABEL.matcher(item.ednote().strip()).replaceFirst("").strip();
      if (!note.isEmpty()) {
        parts.add(note);
      }
    }
    Function<String, Set<String>> keys = HeadlineKeys.forItem(item);
    for (String s : Sentences.of(item.body())) {
      if (!BOILERPLATE.matcher(s).find() && !saysSameAs(s, parts, keys)) {
        parts.add(s);
      }
    }
    return parts.isEmpty() ? null
        : String.join(" ", parts.stream().map(p -> p.matches("(?s).*[.!?\"\u201D]$") ? p : p + ".").toList());
  }

  private static boolean saysSameAs(String sentence, List<String> parts, Function<String, Set<String>> keys) {
    Set<String> words = keys.apply(sentence);
    return parts.stream().anyMatch(p -> Terms.overlap(words, keys.apply(p)) >= 0.8);
  }
}
