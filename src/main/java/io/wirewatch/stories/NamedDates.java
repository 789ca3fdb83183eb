package io.wirewatch.stories;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar days a dated report names in its text: "on Dec. 8", "December 8th", "Dec. 8, 2015". A follow-up
 * days or weeks on names the day of the event it follows ("charged in the Dec. 8 shooting"), where a first
 * report says "Tuesday" or "last night". A date without a year is the latest such day on or before the report's
 * own date; a day after it (a hearing set for later) is not named as past and is left out. Read from
 * {@code lang/<lang>/stories-dates.tsv}: the month words with their numbers ({@code month dec 12}), the order of
 * month and day ({@code order month-day}) and whether months are written with a capital ({@code capitalised yes}:
 * English "May" is a month, "may" a verb). Month words are matched in any case of the language's letters
 * ("ŞUBAT", "Şubat") and, in a script without capitals, with their letter forms written alike
 * ({@link FoldedText#folded}); days and years in any script's digits ({@link Figures#westernDigits}). A language without the file names no dates. Thread-safe.
 */
final class NamedDates {
  private static final Map<String, NamedDates> BY_LANG = new ConcurrentHashMap<>();
  private final Pattern pattern;
  private final Map<String, Integer> months;
  private final boolean monthFirst;

  private final String lang;

  private NamedDates(String lang) {
    this.lang = lang;
    List<String> rows = StoryVocabulary.lines(lang, "stories-dates.tsv");
    Map<String, Integer> m = new HashMap<>();
    boolean first = true;
    boolean capitalised = false;
    for (String row : rows) {
      String[] cols = row.split("\t");
      switch (cols[0].strip()) {
        case "month" -> {
          if (cols.length >= 3) {
            m.put(FoldedText.folded(lang, cols[1].strip()), Integer.parseInt(cols[2].strip()));
          }
        }
        case "order" -> first = cols.length < 2 || !cols[1].strip().equals("day-month");
        case "capitalised" -> capitalised = cols.length >= 2 && cols[1].strip().equals("yes");
        default -> { }
      }
    }
    months = Map.copyOf(m);
    monthFirst = first;
    if (m.isEmpty()) {
      pattern = null;
      return;
    }
    boolean capital = capitalised;
    Locale locale = Locale.forLanguageTag(lang);
    String month = "(" + String.join("|", m.keySet().stream()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
        .map(w -> capital ? "(?-i:" + Pattern.quote(w.substring(0, 1).toUpperCase(locale)) + ")(?iu:"
            + Pattern.quote(w.substring(1)) + ")" : "(?iu:" + Pattern.quote(w) + ")")
        .toList()) + ")\\.?";
    String day = "(\\d{1,2})(?:st|nd|rd|th|\\.)?";
    String year = "(?:,?\\s+(\\d{4}))?";
    pattern = Pattern.compile("(?<![\\p{L}\\d])" + (monthFirst ? month + "\\s+" + day : day + "\\s+(?:de\\s+)?"
        + month) + "(?![\\p{L}\\d:])" + year);
  }

  static NamedDates of(String lang) {
    return BY_LANG.computeIfAbsent(lang, NamedDates::new);
  }

  /** The days the text names on or before {@code written} (the report's date), in order of first mention. */
  Set<LocalDate> in(String text, LocalDate written) {
    Set<LocalDate> out = new LinkedHashSet<>();
    if (pattern == null || text == null || written == null) {
      return out;
    }
    Matcher m = pattern.matcher(Figures.westernDigits(FoldedText.alike(lang, text)));
    while (m.find()) {
      String monthWord = FoldedText.folded(lang, monthFirst ? m.group(1) : m.group(2));
      Integer month = months.get(monthWord);
      int day = Integer.parseInt(monthFirst ? m.group(2) : m.group(1));
      if (month == null || day < 1 || day > 31) {
        continue;
      }
      LocalDate date = m.group(3) != null ? date(Integer.parseInt(m.group(3)), month, day)
          : latest(month, day, written);
      if (date != null && !date.isAfter(written)) {
        out.add(date);
      }
    }
    return out;
  }

  /** The latest {@code month}/{@code day} on or before {@code written}, or null when there is none. */
  private static LocalDate latest(int month, int day, LocalDate written) {
    LocalDate d = date(written.getYear(), month, day);
    if (d == null || d.isAfter(written)) {
      d = date(written.getYear() - 1, month, day);
    }
    return d;
  }

  private static LocalDate date(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
