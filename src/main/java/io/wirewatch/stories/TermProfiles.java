package io.wirewatch.stories;

import io.wirewatch.model.WireItem;
import io.wirewatch.text.LatinSpelling;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an item into weighted features for story clustering, before IDF: stemmed words ({@code w:}),
 * proper names ({@code n:}, whole and word by word), places from the dateline and metadata ({@code p:}),
 * slug words ({@code s:}), street addresses ({@code a:}, {@link StreetAddresses}), countries and nationalities
 * as ISO codes ({@code c:}) and specific numbers such as
 * ages and street numbers ({@code d:}). Reports of one
 * event by different agencies share names and places more than sentences, so those weigh more. Pure and
 * thread-safe; runs in the parallel stage.
 */
public final class TermProfiles {
  private static final Pattern AGE = Pattern.compile("\\b(\\d{1,3})[- ]year[- ]old\\b");
  private static final int MAX_TERMS = 200;
  /**
   * A trailing " - Outlet Name" or " | Outlet" that web copy appends to headlines; linear in the headline
   * (a match starts only where a space run starts, and a tag is at most 200 characters).
   */
  private static final Pattern OUTLET_SUFFIX =
      Pattern.compile("(?<!\\s)\\s++[-|\u2013\u2014:]\\s++[^-|]{0,200}$");
  /** A dateline opening the body: "HAWTHORNE (CBSLA.com) —", "MEMPHIS, TN -". */
  private static final Pattern LEAD_DATELINE =
      Pattern.compile("^\\s*([A-Z][A-Z.'\u2019-]+(?: [A-Z][A-Z.'\u2019-]+){0,3})(?:,| \\(| --| -| \u2014| \u2013)");

  private final Weights weights;
  /** How much more a street address counts than a place: it names one spot where a place names a town. */
  private static final float ADDRESS = 2.5f;

  /** How much each kind of feature counts relative to a plain word. */
  public record Weights(float word, float name, float place, float slug, float number, float headline) {
    public static Weights standard() {
      return new Weights(1f, 2.5f, 3f, 1.5f, 1.5f, 2f);
    }
  }

  public TermProfiles(Weights weights) {
    this.weights = weights;
  }

  /** Feature -> weighted sublinear term frequency; at most {@value #MAX_TERMS} strongest features. */
  public Map<String, Float> of(WireItem item) {
    Map<String, Float> tf = new HashMap<>();
    String lang = ItemLanguage.of(item);
    Boilerplate boilerplate = Boilerplate.of(lang);
    StringBuilder text = new StringBuilder();
    for (String paragraph : item.body()) {
      String kept = boilerplate.strip(paragraph);
      if (!kept.isEmpty()) {
        text.append(kept).append("\n\n");
      }
    }
    String body = text.toString();
    String headline = boilerplate.strip(withoutOutlet(item.headline()));
    String opening = headline + ".\n" + firstParagraph(body);
    String all = headline + "\n" + body;
    Set<String> lowerCase = NameReader.lowerCaseContext(all, lang);
    NameReader.Read bodyRead = NameReader.read(body, lang, lowerCase);
    NameReader.Read headlineRead = NameReader.read(headline, lang, lowerCase);
    List<String> bodyNames = bodyRead.names();
    List<String> headlineNames = headlineNames(headline, headlineRead.names(), bodyNames, lang);
    addWords(tf, body, lang, 1f);
    addWords(tf, headline, lang, weights.headline());
    addNames(tf, headlineNames, lang);
    addNames(tf, bodyNames, lang);
    Matcher lead = LEAD_DATELINE.matcher(item.bodyText());
    if (lead.find() && lead.group(1).length() > 2) {
      add(tf, "p:" + fold(lead.group(1)), 1f);
    }
    for (String place : places(item)) {
      add(tf, "p:" + place, 1f);
    }
    for (List<String> named : List.of(headlineRead.places(), bodyRead.places())) {
      named.forEach(place -> add(tf, "p:" + fold(place), 1f));
    }
    if (item.slugline() != null) {
      for (String s : item.slugline().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
        if (s.length() > 2) {
          add(tf, "s:" + s, 1f);
        }
      }
    }
    addNumbers(tf, all, lang);
    for (String address : StreetAddresses.of(lang).in(all)) {
      add(tf, "a:" + address, 1f);
    }
    for (String country : CountryAnchors.in(all, lang)) {
      add(tf, "c:" + country.toLowerCase(Locale.ROOT), 1f);
    }
    for (String type : EventCues.of(lang).in(all)) {
      add(tf, "e:" + type, 1f);
    }
    Map<String, Float> out = weighAndTrim(tf);
    out.put(LANGUAGE + lang, 0f);
    if (item.versionCreated() != null) {
      java.time.LocalDate written = item.versionCreated().atZone(java.time.ZoneOffset.UTC).toLocalDate();
      out.put(DATED + written.getYear(), 0f);
      NamedDates.of(lang).in(all, written).forEach(d -> out.put(NAMED_DAY + d, 0f));
    } else {
      DateStamps.of(lang).years(item.headline(), item.body()).forEach(y -> out.put(STAMPED + y, 0f));
    }
    Map<String, Float> leadNames = new HashMap<>();
    addNames(leadNames, headlineNames, lang);
    addNames(leadNames, NameReader.in(firstParagraph(body), lang, lowerCase), lang);
    leadNames.keySet().forEach(n -> out.put(LEAD + n, 0f));
    Figures.each(opening, (kind, n) -> {
      if (kind.equals("d") && n.contains(".")) {
        out.put(LEAD + "d:" + n, 0f);
      }
    });
    return out;
  }

  /** The key prefix of the item's language, carried with its features at no weight. */
  public static final String LANGUAGE = "l:";
  /** The key prefix of the year the item is dated (when it is dated), carried at no weight. */
  public static final String DATED = "t:";
  /**
   * The key prefix of a calendar day a dated item names in its text ({@link NamedDates}: "on Dec. 8", as
   * "o:2015-12-08"), carried at no weight: a follow-up names the day of the event it follows.
   */
  public static final String NAMED_DAY = "o:";
  /**
   * The key prefix of the year of an undated item's date stamp ({@link DateStamps}: "Posted: May 24, 2005" as its
   * own line), carried at no weight: the year the report was written in.
   */
  public static final String STAMPED = "u:";
  /**
   * The key prefix of what the item's lead (headline and first paragraph) names: its participants and its
   * measured figures (decimals), carried at no weight, so the clustering can tell another event of the kind.
   */
  public static final String LEAD = "m:";

  private static String firstParagraph(String body) {
    int end = body.indexOf("\n\n");
    String first = end < 0 ? body : body.substring(0, end);
    return first.length() > 600 ? first.substring(0, 600) : first;
  }

  /**
   * The names of the headline; of a headline in title case ({@link NameReader#titleCase}) only those whose
   * every word the body names too, as its capitals do not tell names from words ("Microsoft Rushes Fix").
   */
  private static List<String> headlineNames(String headline, List<String> read, List<String> bodyNames,
      String lang) {
    List<String> names = new java.util.ArrayList<>(read);
    if (!NameReader.titleCase(headline, lang) || bodyNames.isEmpty()) {
      return names;
    }
    Set<String> named = new java.util.HashSet<>();
    bodyNames.forEach(n -> named.addAll(List.of(n.split(" "))));
    names.removeIf(n -> !named.containsAll(List.of(n.split(" "))));
    return names;
  }

  /**
   * The count of a name read from its title ({@link CaselessNames}), once per item however often it is
   * named: about a fifth of a word after the sublinear weighing. Its words are the item's words already; the
   * name is there to tell who took part, for the participant rules, not to join reports of one official.
   */
  private static final float FAINT = 0.4f;

  /** Counts a name feature: by weight {@code w}, or once at {@link #FAINT} where names are read from titles. */
  private static void addName(Map<String, Float> tf, String term, float w, boolean caseless) {
    if (caseless) {
      tf.put(term, FAINT);
    } else {
      add(tf, term, w);
    }
  }

  private static void addNames(Map<String, Float> tf, List<String> names, String lang) {
    Set<?> stop = WordStems.stopWords(lang);
    boolean caseless = CaselessNames.of(lang).reads();
    for (String raw : names) {
      List<String> parts = new java.util.ArrayList<>();
      for (String p : raw.split(" ")) {
        if (!stop.contains(p)) {
          parts.add(fold(p));
        }
      }
      if (parts.isEmpty() || (parts.size() == 1 && parts.get(0).length() < 3)) {
        continue;
      }
      addName(tf, "n:" + String.join(" ", parts), 1f, caseless);
      if (parts.size() > 1) {
        // a name read from its title leads with a given name, which many share ("Khaled"): its other words tell
        for (String p : caseless ? parts.subList(1, parts.size()) : parts) {
          if (p.length() > 2) {
            addName(tf, "n:" + p, 0.5f, caseless);
          }
        }
      }
    }
  }

  /**
   * Lower case in plain Latin letters ({@link LatinSpelling}), so a name reads the same whether or not a desk
   * writes its diacritics, and whether it is written in Latin, Cyrillic or Greek letters.
   */
  static String fold(String s) {
    return LatinSpelling.of(s);
  }

  /** The headline without a trailing outlet tag; a headline that is only such segments is kept whole. */
  static String withoutOutlet(String headline) {
    String h = headline == null ? "" : headline;
    String stripped = h;
    for (int i = 0; i < 3; i++) {
      String next = OUTLET_SUFFIX.matcher(stripped).replaceFirst("");
      if (next.equals(stripped) || next.split("\\s+").length < 3) {
        break;
      }
      stripped = next;
    }
    return stripped;
  }

  private Map<String, Float> weighAndTrim(Map<String, Float> tf) {
    Map<String, Float> out = new HashMap<>();
    tf.forEach((term, count) -> out.put(term, (float) (1 + Math.log(count)) * classWeight(term)));
    if (out.size() <= MAX_TERMS) {
      return out;
    }
    Map<String, Float> top = new HashMap<>();
    out.entrySet().stream().sorted(Map.Entry.<String, Float>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey())).limit(MAX_TERMS).forEach(e -> top.put(e.getKey(), e.getValue()));
    return top;
  }

  float classWeight(String term) {
    return switch (term.charAt(0)) {
      case 'n' -> weights.name();
      case 'p' -> weights.place();
      case 'a' -> weights.place() * ADDRESS;
      case 's' -> weights.slug();
      case 'd' -> weights.number();
      case 'y' -> weights.number();
      case 'e' -> weights.number();
      case 'c' -> weights.word();
      case 'l' -> 0f;
      default -> weights.word();
    };
  }

  private static List<String> places(WireItem item) {
    java.util.List<String> out = new java.util.ArrayList<>();
    item.places().forEach(p -> out.add(fold(p)));
    if (item.located() != null && !item.located().isBlank()) {
      out.add(fold(item.located()));
    }
    if (item.dateline() != null) {
      String city = fold(item.dateline().split("[,(]")[0]);
      if (!city.isEmpty() && city.length() < 40) {
        out.add(city);
      }
    }
    return out.stream().distinct().toList();
  }

  private static void addWords(Map<String, Float> tf, String text, String lang, float weight) {
    WordStems.each(text, lang, t -> {
      if (t.length() > 1 && !Character.isDigit(t.charAt(0))) {
        add(tf, "w:" + t, weight);
      }
    });
  }

  private static void addNumbers(Map<String, Float> tf, String text, String lang) {
    if (lang.equals("en")) {
      Matcher age = AGE.matcher(text);
      while (age.find()) {
        add(tf, "d:age" + age.group(1), 1f);
      }
    }
    Figures.each(text, (kind, n) -> add(tf, kind + ":" + n, 1f));
  }

  private static void add(Map<String, Float> tf, String term, float w) {
    tf.merge(term, w, Float::sum);
  }
}
