package io.wirewatch.alerts;

import io.wirewatch.model.AlertDetails;
import io.wirewatch.model.PubStatus;
import io.wirewatch.model.WireItem;
import io.wirewatch.text.Lexicon;
import io.wirewatch.text.TextLanguage;
import io.wirewatch.text.VersionMarkers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * KILL: an agency killed an item, by pubStatus canceled, a "kill" signal, a {@code KILL-} headline or a
 * kill advisory in the body. The alert names the killed item and gives the agency's reason when it gave
 * one: the editor's note without its "KILL" label, plus the advisory's explanation sentences.
 */
public final class KillRule {
  /**
   * One language's ways of saying an item is killed ({@code lang/<lang>/kill-advisories.tsv}); a language
   * without the file has none, and its kills are known by their metadata and version markers only.
   */
  private record Advisories(List<Pattern> advisory, List<Pattern> label, List<Pattern> headlined,
      List<Pattern> boilerplate) {
    private static final Map<String, Advisories> BY_LANG = new ConcurrentHashMap<>();

    static Advisories of(WireItem item) {
      String lang = TextLanguage.detectedOrDeclared(item);
      return BY_LANG.computeIfAbsent(lang == null ? "" : lang, Advisories::load);
    }

    private static Advisories load(String lang) {
      Map<String, List<Pattern>> kinds = new HashMap<>();
      for (List<String> row : Lexicon.of(lang).rows("kill-advisories")) {
        if (row.size() < 2 || row.get(1).isBlank()) {
          throw new IllegalArgumentException("lang/" + lang + "/kill-advisories.tsv: a row needs a kind and a regex: "
              + row);
        }
        if (!List.of("advisory", "label", "headlined", "boilerplate").contains(row.get(0))) {
          throw new IllegalArgumentException("lang/" + lang + "/kill-advisories.tsv: unknown kind " + row.get(0));
        }
        kinds.computeIfAbsent(row.get(0), k -> new ArrayList<>())
            .add(Pattern.compile(row.get(1), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
      }
      return new Advisories(kinds.getOrDefault("advisory", List.of()), kinds.getOrDefault("label", List.of()),
          kinds.getOrDefault("headlined", List.of()), kinds.getOrDefault("boilerplate", List.of()));
    }

    static boolean any(List<Pattern> patterns, String text) {
      return patterns.stream().anyMatch(p -> p.matcher(text).find());
    }

    String withoutLabel(String text) {
      String out = text;
      for (Pattern p : label) {
        out = p.matcher(out).replaceFirst("");
      }
      return out.strip();
    }
  }

  private KillRule() {}

  /** True when the item is a kill, however the agency said so. */
  public static boolean isKill(WireItem item) {
    if (item.pubStatus() == PubStatus.CANCELED || item.hasSignal("kill")) {
      return true;
    }
    if (VersionMarkers.leads(item.headline(), VersionMarkers.Meaning.KILL)) {
      return true;
    }
    return !item.body().isEmpty() && Advisories.any(Advisories.of(item).advisory(), item.body().get(0));
  }

  /** The KILL details when the item is a kill. */
  public static Optional<AlertDetails.Kill> evaluate(WireItem item) {
    if (!isKill(item)) {
      return Optional.empty();
    }
    return Optional.of(new AlertDetails.Kill(item.uri(), killedHeadline(item), reason(item)));
  }

  static String killedHeadline(WireItem item) {
    Advisories advisories = Advisories.of(item);
    for (Pattern p : advisories.headlined()) {
      Matcher m = p.matcher(item.bodyText());
      if (m.find()) {
        return m.group(1).strip();
      }
    }
    return advisories.withoutLabel(item.headline());
  }

  /** The agency's reason, or null when it gave none. */
  static String reason(WireItem item) {
    List<String> parts = new ArrayList<>();
    Advisories advisories = Advisories.of(item);
    if (item.ednote() != null && !item.ednote().isBlank()) {
      String note = advisories.withoutLabel(item.ednote().strip());
      if (!note.isEmpty()) {
        parts.add(note);
      }
    }
    Function<String, Set<String>> keys = HeadlineKeys.forItem(item);
    for (String s : Sentences.of(item.body())) {
      if (!Advisories.any(advisories.boilerplate(), s) && !saysSameAs(s, parts, keys)) {
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
