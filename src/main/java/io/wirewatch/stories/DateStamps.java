package io.wirewatch.stories;

import io.wirewatch.text.Lexicon;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year of a page's date stamp: a line of web copy that is only a date, its weekday, its clock time, the page's
 * words for when it was posted and at most two capitalised words of a dateline's place or an agency ("Posted: May
 * 24, 2005", "Wednesday, 05 January 2011", "12/16/08 1:30 AM EST", "LAKEPORT, March 3, 2019"), standing as the
 * headline or as one of the first paragraphs. An undated
 * item that carries one was written in that year: a report of one event is written within days of it, where a
 * year a report names in its text may be history (a suspect's record, a team's last title). The words such a line
 * may hold besides its date are data per language ({@code word} lines of {@code lang/<l>/stories-stamps.tsv}),
 * the months are the language layer's ({@code months.txt}); a language without the file has no stamps. Pure and
 * thread-safe.
 */
final class DateStamps {
  /** How many of the body's first paragraphs may be the stamp. */
  private static final int PARAGRAPHS = 3;
  /** A stamp is a short line. */
  private static final int LONGEST = 100;
  /** Nor has it more words and numbers than a date, a weekday, a time and a few words of posting. */
  private static final int MOST_TOKENS = 14;
  /** At most this many capitalised words that are no stamp words: a dateline's place, an agency. */
  private static final int NAMES = 2;
  private static final Pattern TOKEN = Pattern.compile("\\p{L}+|\\d+");
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19\\d\\d|20\\d\\d)(?!\\d)");
  /** A date written in numbers, "12/16/08", "16.12.2008", "2 / 3 / 2009": day, month and year in some order. */
  private static final Pattern NUMERIC = Pattern.compile(
      "(?<![\\d.])\\d{1,2}\\s?([/.-])\\s?\\d{1,2}\\s?\\1\\s?(\\d{4}|\\d{2})(?![\\d/])");
  /** A date written year first, "2012-04-04". */
  private static final Pattern ISO =
      Pattern.compile("(?<!\\d)(?:19|20)\\d\\d\\s?-\\s?\\d{1,2}\\s?-\\s?\\d{1,2}(?!\\d)");
  private static final Map<String, DateStamps> BY_LANG = new ConcurrentHashMap<>();

  private final String lang;
  private final Set<String> months;
  private final Set<String> words;

  private DateStamps(String lang) {
    this.lang = lang;
    this.words = folded(lang, StoryVocabulary.ofKind(lang, "stories-stamps.tsv", "word"));
    this.months = words.isEmpty() ? Set.of() : folded(lang, Lexicon.of(lang).words("months"));
  }

  /** The words as the line's words are read ({@link FoldedText#folded}: "SALI" is "salı" in Turkish). */
  private static Set<String> folded(String lang, java.util.Collection<String> words) {
    Set<String> out = new HashSet<>();
    words.forEach(w -> out.add(FoldedText.folded(lang, w)));
    return Set.copyOf(out);
  }

  static DateStamps of(String lang) {
    return BY_LANG.computeIfAbsent(lang, DateStamps::new);
  }

  /** The years of the date stamps among the headline and the first paragraphs; empty where there is none. */
  Set<String> years(String headline, List<String> paragraphs) {
    Set<String> out = new TreeSet<>();
    if (words.isEmpty()) {
      return out;
    }
    List<String> lines = new ArrayList<>();
    lines.add(headline);
    lines.addAll(paragraphs.subList(0, Math.min(PARAGRAPHS, paragraphs.size())));
    for (String line : lines) {
      String year = year(line);
      if (year != null) {
        out.add(year);
      }
    }
    return out;
  }

  /** The year of {@code line} when it is a date stamp, or null. */
  private String year(String raw) {
    if (raw == null || raw.isBlank() || raw.length() > LONGEST) {
      return null;
    }
    String line = Figures.westernDigits(raw); // "١٢ مارس ٢٠١٩" is "12 مارس 2019"
    String lower = line.toLowerCase(Locale.ROOT);
    Matcher t = TOKEN.matcher(line);
    int tokens = 0;
    int names = 0;
    boolean month = false;
    while (t.find()) {
      if (++tokens > MOST_TOKENS) {
        return null;
      }
      String w = FoldedText.folded(lang, t.group());
      if (Character.isDigit(w.charAt(0))) {
        continue;
      }
      if (months.contains(w)) {
        month = true;
      } else if (w.length() > 1 && !words.contains(w)
          && (!Character.isUpperCase(t.group().charAt(0)) || ++names > NAMES)) {
        // a single letter is an initial of a clock time or a zone ("a. m."), a capitalised word or two the
        // dateline's place or the agency ("PARIS, Sept. 9, 2013", "Reuters Sep 18, 2013"); any other word is
        // not a stamp's
        return null;
      }
    }
    Set<String> years = new HashSet<>();
    Matcher y = YEAR.matcher(lower);
    while (y.find()) {
      years.add(y.group(1));
    }
    boolean numeric = false;
    Matcher n = NUMERIC.matcher(lower);
    while (n.find()) {
      String v = n.group(2);
      years.add(v.length() == 4 ? v : (Integer.parseInt(v) < 70 ? "20" : "19") + v);
      numeric = true;
    }
    numeric |= ISO.matcher(lower).find();
    return (month || numeric) && years.size() == 1 ? years.iterator().next() : null;
  }
}
