package io.wirewatch.stories;

import io.wirewatch.text.LatinSpelling;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The street addresses a text states, as anchors: "the 1300 block of Elm Avenue", "1312 Elm Ave." and
 * "1300 block of Elm Street" are one place, "1300 Oak Avenue" another. Local reports of one incident
 * name its address in other words; reports of look-alike incidents rarely share one. Read from
 * {@code lang/<lang>/stories-addresses.tsv}: the street-type words ({@code type Avenue}), the words that
 * make a number a block ({@code block block of}) and the size of a block ({@code blocksize 100}: a house
 * number is read as its block, so a house and its block agree; a number below it stays as written). An address is the house or block number
 * then a capitalised street name ending in a street-type word; it is written as the block and the last
 * word of the name ("1300 elm"). A language without the file reads no addresses. Thread-safe.
 */
final class StreetAddresses {
  private static final Map<String, StreetAddresses> BY_LANG = new ConcurrentHashMap<>();
  private final Pattern pattern;
  /** A block number, the words that make it one and a street named without its type word, or null. */
  private final Pattern block;
  /** The capitalised words that never end a street's name: grammar words, weekdays and months. */
  private final Set<String> breaks;
  /** Compass words after a street's name ("Mesa SE", "Elm Northwest"): a quarter of town, not the street. */
  private final Set<String> directions = new java.util.HashSet<>();
  private final int blockSize;

  private StreetAddresses(List<String> rows, Set<String> breaks) {
    List<String> types = new java.util.ArrayList<>();
    List<String> blocks = new java.util.ArrayList<>();
    int size = 1;
    for (String row : rows) {
      String[] cols = row.split("\t");
      if (cols.length < 2) {
        continue;
      }
      switch (cols[0].strip()) {
        case "type" -> types.add(cols[1].strip());
        case "block" -> blocks.add(cols[1].strip());
        case "blocksize" -> size = Integer.parseInt(cols[1].strip());
        case "direction" -> directions.add(cols[1].strip().toLowerCase(Locale.ROOT));
        default -> { }
      }
    }
    blockSize = Math.max(1, size);
    pattern = types.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\d.,])(\\d{1,6})"
        + (blocks.isEmpty() ? "" : "(?:\\s+(?:" + alternation(blocks) + "))?")
        + "\\s+((?:[\\p{Lu}\\d][\\p{L}\\d'\u2019-]*\\.?\\s+){1,4}?)(?:" + alternation(types) + ")(?![\\p{L}])");
    block = types.isEmpty() || blocks.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\d.,])(\\d{1,6})\\s+(?:"
        + alternation(blocks) + ")\\s+((?:\\p{Lu}\\.[ \\t]+)?[\\p{Lu}\\d][\\p{L}\\d'\u2019-]*"
        + "(?:[ \\t]+[\\p{Lu}\\d][\\p{L}\\d'\u2019-]*){0,3})");
    this.breaks = breaks;
  }

  private static String alternation(List<String> words) {
    return String.join("|", words.stream().sorted(Comparator.comparingInt(String::length).reversed())
        .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q")).toList());
  }

  static StreetAddresses of(String lang) {
    return BY_LANG.computeIfAbsent(lang,
        l -> new StreetAddresses(StoryVocabulary.lines(l, "stories-addresses.tsv"),
            StoryVocabulary.lowerCased(l, "stories-names.tsv", "break")));
  }

  /** The addresses the text states, as "block name" ("1300 elm"), in order of first mention. */
  Set<String> in(String text) {
    Set<String> out = new LinkedHashSet<>();
    if (pattern == null || text == null) {
      return out;
    }
    Matcher m = pattern.matcher(text);
    Set<Integer> typed = new java.util.HashSet<>();
    while (m.find()) {
      typed.add(m.start());
      String[] name = m.group(2).strip().split("\\s+");
      out.add(address(m.group(1), name[name.length - 1].replaceAll("\\.$", "")));
    }
    if (block != null) {
      // "the 2300 block of Ketchum": a block says a street follows, named without its type word
      Matcher b = block.matcher(text);
      while (b.find()) {
        String last = typed.contains(b.start()) ? null : lastWord(b.group(2));
        if (last != null) {
          out.add(address(b.group(1), last));
        }
      }
    }
    return out;
  }

  /**
   * The last word of a street's name, up to a word that never ends one ("Elm Tuesday": elm) and before the
   * compass words of its quarter ("Mesa SE": mesa), or null.
   */
  private String lastWord(String name) {
    String last = null;
    for (String w : name.split("[ \\t]+")) {
      String lower = w.toLowerCase(Locale.ROOT);
      if (breaks.contains(lower)) {
        break;
      }
      if (last != null && directions.contains(lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower)) {
        continue;
      }
      last = w.endsWith(".") || w.length() < 2 ? null : w;
    }
    return last;
  }

  private String address(String number, String lastWord) {
    long n = Long.parseLong(number);
    long block = n < blockSize ? n : n / blockSize * blockSize;
    return block + " " + LatinSpelling.of(lastWord).toLowerCase(Locale.ROOT);
  }
}
