package io.wirewatch.text;

import io.wirewatch.model.WireItem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words agencies use to say what a transmission is (a correction, a kill, a refile, an update), read from
 * {@code lang/version-markers.tsv}: as capitalised markers in headline prefixes and header flag lines
 * ("CORRECTED-", "UPDATE 2-", "KORREKTUR") and as prose in editors' notes ("corrects the spelling"). The
 * parsers, the version stage and the alert rules all ask here, so a marker added for a language is known to
 * every stage at once. Markers are wire conventions and are read on items of any language; note words are
 * read case-insensitively as whole words.
 */
public final class VersionMarkers {
  /** What a marker says of the transmission. */
  public enum Meaning { CORRECTION, KILL, WITHHELD, REFILE, REPEAT, UPDATE }

  private static final String RESOURCE = "lang/version-markers.tsv";
  private static final Map<String, Meaning> MARKERS = new HashMap<>();
  private static final Map<Meaning, Pattern> NOTE_WORDS = new EnumMap<>(Meaning.class);
  private static final Map<Meaning, Pattern> LEADING = new EnumMap<>(Meaning.class);
  /** One marker and its dash at the start of a headline; group 1 the marker, group 2 an update's number. */
  private static final Pattern PREFIX;

  static {
    Map<Meaning, List<String>> notes = new EnumMap<>(Meaning.class);
    for (List<String> row : rows()) {
      Meaning meaning = Meaning.valueOf(row.get(1).toUpperCase(Locale.ROOT));
      String where = row.get(2);
      if (where.equals("marker") || where.equals("both")) {
        MARKERS.put(row.get(0).toUpperCase(Locale.ROOT), meaning);
      }
      if (where.equals("note") || where.equals("both")) {
        notes.computeIfAbsent(meaning, m -> new ArrayList<>()).add(row.get(0));
      }
    }
    notes.forEach((m, words) -> NOTE_WORDS.put(m, Pattern.compile("(?<![\\p{L}\\d])(?:" + alternation(words)
        + ")(?![\\p{L}\\d])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
    for (Meaning m : Meaning.values()) {
      List<String> words = MARKERS.entrySet().stream().filter(e -> e.getValue() == m).map(Map.Entry::getKey).toList();
      if (!words.isEmpty()) {
        LEADING.put(m, Pattern.compile("^\\s*(?:" + alternation(words) + ")(?![\\p{L}\\d])"));
      }
    }
    List<String> updates = MARKERS.entrySet().stream().filter(e -> e.getValue() == Meaning.UPDATE)
        .map(Map.Entry::getKey).toList();
    List<String> others = MARKERS.entrySet().stream().filter(e -> e.getValue() != Meaning.UPDATE)
        .map(Map.Entry::getKey).toList();
    PREFIX = Pattern.compile("^(?:(" + alternation(updates) + ")\\s*(\\d{1,3})|(" + alternation(others)
        + "))\\s*-\\s*");
  }

  private VersionMarkers() {}

  /** What a capitalised marker ("KORREKTUR", "REFILE") says, if it is one; exact and case-sensitive. */
  public static Optional<Meaning> marker(String word) {
    return word == null ? Optional.empty() : Optional.ofNullable(MARKERS.get(word.strip()));
  }

  /** Like {@link #marker} but in any case: a header flag line written "Korrektur". */
  public static Optional<Meaning> markerAnyCase(String word) {
    return word == null ? Optional.empty() : marker(word.strip().toUpperCase(Locale.ROOT));
  }

  /** True when the text starts with a capitalised marker of {@code meaning} ("KILL - ...", "KILLED: ..."). */
  public static boolean leads(String text, Meaning meaning) {
    Pattern p = LEADING.get(meaning);
    return text != null && p != null && p.matcher(text).find();
  }

  /** True when an editor's note says {@code meaning} in words ("Eds: corrects the spelling of ..."). */
  public static boolean noteSays(String note, Meaning meaning) {
    Pattern p = NOTE_WORDS.get(meaning);
    return note != null && p != null && p.matcher(note).find();
  }

  /**
   * A matcher for one marker and its dash at the start of a headline ("UPDATE 2-", "CORRECTED - "): group 1
   * an update marker and group 2 its number, or group 3 any other marker.
   */
  public static Matcher prefix(CharSequence headline) {
    return PREFIX.matcher(headline);
  }

  /** The headline without the markers that lead it ("CORRECTED-UPDATE 1-Quake kills 12" gives "Quake kills 12"). */
  public static String withoutPrefixes(String headline) {
    String rest = headline;
    Matcher m = PREFIX.matcher(rest);
    while (m.lookingAt()) {
      rest = rest.substring(m.end());
      m = PREFIX.matcher(rest);
    }
    return rest;
  }

  /**
   * True when the agency marked the item a correction: a correction signal from its parser, a headline led by
   * a correction marker, or an editor's note that says so.
   */
  public static boolean isCorrection(WireItem item) {
    return item.hasSignal("sig:correction") || item.hasSignal("correction")
        || leadsAnyCase(item.headline(), Meaning.CORRECTION) || noteSays(item.ednote(), Meaning.CORRECTION);
  }

  private static boolean leadsAnyCase(String text, Meaning meaning) {
    return text != null && leads(text.toUpperCase(Locale.ROOT), meaning);
  }

  /** Longest first, so "KILLED" is tried before "KILL". */
  private static String alternation(List<String> words) {
    return words.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(w -> w))
        .map(Pattern::quote).collect(Collectors.joining("|"));
  }

  private static List<List<String>> rows() {
    List<List<String>> rows = Lexicon.sharedRows("version-markers");
    if (rows.isEmpty()) {
      throw new IllegalStateException(RESOURCE + " is missing or empty");
    }
    for (List<String> row : rows) {
      if (row.size() < 3) {
        throw new IllegalStateException(RESOURCE + ": a row needs word, meaning and where: " + row);
      }
    }
    return rows;
  }
}
