package io.wirewatch.stories;

import io.wirewatch.model.WireItem;
import io.wirewatch.text.Names;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Turns an item into weighted features for story clustering, before IDF: stemmed words ({@code w:}),
 * proper names ({@code n:}, whole and word by word), places from the dateline and metadata ({@code p:}),
 * slug words ({@code s:}) and specific numbers such as ages and street numbers ({@code d:}). Reports of one
 * event by different agencies share names and places more than sentences, so those weigh more. Pure and
 * thread-safe; runs in the parallel stage.
 */
public final class TermProfiles {
  private static final Analyzer ENGLISH = new EnglishAnalyzer();
  private static final Pattern AGE = Pattern.compile("\\b(\\d{1,3})[- ]year[- ]old\\b");
  private static final Pattern NUMBER = Pattern.compile("\\b\\d{1,3}(?:,\\d{3})+\\b|\\b\\d{3,}\\b");
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
    String body = item.bodyText();
    String headline = withoutOutlet(item.headline());
    addWords(tf, body, 1f);
    addWords(tf, headline, weights.headline());
    for (String name : Names.in(headline + ".\n" + body)) {
      add(tf, "n:" + name, 1f);
      String[] parts = name.split(" ");
      if (parts.length > 1) {
        for (String p : parts) {
          if (p.length() > 2) {
            add(tf, "n:" + p, 0.5f);
          }
        }
      }
    }
    Matcher lead = LEAD_DATELINE.matcher(body);
    if (lead.find() && lead.group(1).length() > 2) {
      add(tf, "p:" + lead.group(1).toLowerCase(Locale.ROOT), 1f);
    }
    for (String place : places(item)) {
      add(tf, "p:" + place, 1f);
    }
    if (item.slugline() != null) {
      for (String s : item.slugline().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
        if (s.length() > 2) {
          add(tf, "s:" + s, 1f);
        }
      }
    }
    addNumbers(tf, headline + "\n" + body);
    return weighAndTrim(tf);
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
      case 's' -> weights.slug();
      case 'd' -> weights.number();
      default -> weights.word();
    };
  }

  private static List<String> places(WireItem item) {
    java.util.List<String> out = new java.util.ArrayList<>();
    item.places().forEach(p -> out.add(p.toLowerCase(Locale.ROOT).strip()));
    if (item.located() != null && !item.located().isBlank()) {
      out.add(item.located().toLowerCase(Locale.ROOT).strip());
    }
    if (item.dateline() != null) {
      String city = item.dateline().split("[,(]")[0].strip().toLowerCase(Locale.ROOT);
      if (!city.isEmpty() && city.length() < 40) {
        out.add(city);
      }
    }
    return out.stream().distinct().toList();
  }

  private static void addWords(Map<String, Float> tf, String text, float weight) {
    if (text == null || text.isBlank()) {
      return;
    }
    try (TokenStream ts = ENGLISH.tokenStream("t", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        String t = term.toString();
        if (t.length() > 1 && !Character.isDigit(t.charAt(0))) {
          add(tf, "w:" + t, weight);
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void addNumbers(Map<String, Float> tf, String text) {
    Matcher age = AGE.matcher(text);
    while (age.find()) {
      add(tf, "d:age" + age.group(1), 1f);
    }
    Matcher num = NUMBER.matcher(text);
    while (num.find()) {
      String n = num.group().replace(",", "");
      int len = n.length();
      boolean year = len == 4 && (n.startsWith("19") || n.startsWith("20"));
      if (!year) {
        add(tf, "d:" + n, 1f);
      }
    }
  }

  private static void add(Map<String, Float> tf, String term, float w) {
    tf.merge(term, w, Float::sum);
  }
}
