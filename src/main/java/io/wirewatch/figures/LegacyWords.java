package io.wirewatch.figures;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The English vocabulary of the gva profile's rule reader ({@code SentenceReader} and its helpers), read once
 * per process through the language layer from {@code lang/en/}: word lists ({@code figures-legacy-words.tsv}),
 * words with a value ({@code figures-legacy-values.tsv}: a metric, a qualifier, a number) and regular
 * expressions ({@code figures-legacy-patterns.tsv}). The rule reader reads English items only (every other
 * language, and English in the standard profile, is read by {@code FigureReader} from its own files), so no
 * other language's items consult these lists. A list missing from its file is an error at class load.
 */
final class LegacyWords {
  private static final io.wirewatch.text.Lexicon EN = io.wirewatch.text.Lexicon.of("en");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z-]+)\\}");

  private LegacyWords() {}

  /**
   * The words of a list ("person-noun"), from {@code figures-legacy-words.tsv}, with the symbols given
   * (punctuation and currency signs, which are no words of a language: "%", "$").
   */
  static Set<String> set(String list, String... symbols) {
    Set<String> out = new LinkedHashSet<>(List.of(symbols));
    for (List<String> row : rows("figures-legacy-words", list)) {
      for (String w : row.get(1).split("\\s+")) {
        out.add(w);
      }
    }
    return Collections.unmodifiableSet(out);
  }

  /** The words of a list, with the symbols given, as an array (for {@code Token.is}). */
  static String[] array(String list, String... symbols) {
    return set(list, symbols).toArray(String[]::new);
  }

  /** True when {@code word} ends with one of the endings given ("ed", "n't"; a list read by {@link #set}). */
  static boolean endsWithAny(String word, Set<String> endings) {
    for (String e : endings) {
      if (word.endsWith(e)) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code word} starts with one of the beginnings given ("non-"; a list read by {@link #set}). */
  static boolean startsWithAny(String word, Set<String> beginnings) {
    for (String b : beginnings) {
      if (word.startsWith(b)) {
        return true;
      }
    }
    return false;
  }

  /** Word or phrase to value of a list ("passive": "killed" to "killed"), from {@code figures-legacy-values.tsv}. */
  static Map<String, String> values(String list) {
    Map<String, String> out = new LinkedHashMap<>();
    for (List<String> row : rows("figures-legacy-values", list)) {
      out.put(row.get(1), row.get(2));
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * The alternatives of a pattern joined by "|", in file order, from {@code figures-legacy-patterns.tsv}; a
   * "{name}" inside one stands for the alternatives of that name as a group, "(?:a|b)".
   */
  static String alternatives(String name) {
    StringBuilder out = new StringBuilder();
    for (List<String> row : rows("figures-legacy-patterns", name)) {
      Matcher m = PLACEHOLDER.matcher(row.get(1));
      StringBuilder alt = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(alt, Matcher.quoteReplacement("(?:" + alternatives(m.group(1)) + ")"));
      }
      m.appendTail(alt);
      out.append(out.isEmpty() ? "" : "|").append(alt);
    }
    return out.toString();
  }

  private static List<List<String>> rows(String file, String list) {
    List<List<String>> out = EN.rows(file).stream().filter(r -> r.get(0).equals(list) && r.size() > 1).toList();
    if (out.isEmpty()) {
      throw new IllegalStateException("no list " + list + " in lang/en/" + file + ".tsv");
    }
    return out;
  }
}
