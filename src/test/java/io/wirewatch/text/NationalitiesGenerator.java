package io.wirewatch.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes {@code src/main/resources/lang/<l>/nationalities.tsv} for en, fr, de, es and it from the base forms
 * in {@code src/test/resources/lang-gen/nationality-bases.tsv}, adding each language's regular inflections
 * (plural; feminine in fr/es/it; the declined adjective and noun forms in de). Run from the project root:
 * {@code java -cp target/test-classes:target/classes io.wirewatch.text.NationalitiesGenerator}. The written
 * files are committed; this class is how they were made.
 */
public final class NationalitiesGenerator {
  private static final List<String> LANGS = List.of("en", "fr", "de", "es", "it");
  /** The base file's columns after the code: language, and the inflection rules that apply. */
  private static final String[][] COLUMNS = {{"en", "en"}, {"fr", "fr"}, {"de", "de-adj"}, {"de", "de-noun"},
      {"es", "es"}, {"it", "it"}};

  public static void main(String[] args) throws IOException {
    Path base = Path.of(args.length > 0 ? args[0] : "src/test/resources/lang-gen/nationality-bases.tsv");
    Path out = Path.of(args.length > 1 ? args[1] : "src/main/resources/lang");
    Map<String, Map<String, Set<String>>> words = new TreeMap<>(); // lang -> word -> codes
    for (String lang : LANGS) {
      words.put(lang, new TreeMap<>());
    }
    for (String line : Files.readAllLines(base, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t");
      if (c[0].equals("alias")) {
        for (String w : c[2].split("\\|")) {
          add(words.get(c[1]), w, c[3]);
        }
        continue;
      }
      for (int i = 0; i < COLUMNS.length; i++) {
        for (String w : variants(c[i + 1])) {
          for (String f : forms(COLUMNS[i][1], w)) {
            add(words.get(COLUMNS[i][0]), f, c[0]);
          }
        }
      }
    }
    for (String lang : LANGS) {
      StringBuilder b = new StringBuilder();
      b.append("# Nationality words and aliases -> ISO 3166 alpha-2 (country names themselves come from CLDR).\n");
      b.append("# Written by io.wirewatch.text.NationalitiesGenerator from lang-gen/nationality-bases.tsv (test\n");
      b.append("# resources): edit the base forms and run it again. A word of two countries is left out.\n");
      b.append("# word\tcode\t(caps: read only when written in capitals, as \"US\" but not \"us\")\n");
      words.get(lang).forEach((w, codes) -> {
        if (codes.size() == 1) {
          int tab = w.indexOf('\t');
          String word = tab < 0 ? w : w.substring(0, tab);
          b.append(word).append('\t').append(codes.iterator().next()).append(tab < 0 ? "" : w.substring(tab))
              .append('\n');
        }
      });
      Files.writeString(out.resolve(lang).resolve("nationalities.tsv"), b.toString(), StandardCharsets.UTF_8);
    }
  }

  private static List<String> variants(String cell) {
    List<String> out = new ArrayList<>();
    for (String v : cell.split("\\|")) {
      if (!v.isBlank() && !v.equals("-")) {
        out.add(v.strip());
      }
    }
    return out;
  }

  /** Adds a word; one written in capitals ("US", "UAE") is marked so, to be read only in capitals. */
  private static void add(Map<String, Set<String>> m, String word, String code) {
    String letters = word.replace(".", "").replace(" ", "");
    boolean caps = letters.length() > 1 && letters.equals(letters.toUpperCase(Locale.ROOT));
    m.computeIfAbsent(word.toLowerCase(Locale.ROOT) + (caps ? "\tcaps" : ""), k -> new TreeSet<>()).add(code);
  }

  /** The base form and its regular inflections in one language. */
  static List<String> forms(String lang, String w) {
    List<String> f = new ArrayList<>();
    f.add(w);
    switch (lang) {
      case "en" -> {
        boolean invariable = w.endsWith("ese") || w.endsWith("sh") || w.endsWith("ch") || w.endsWith("ss")
            || w.endsWith("s") || w.endsWith("x") || w.equals(w.toUpperCase(Locale.ROOT)) || w.contains(" ");
        if (!invariable) {
          f.add(w.endsWith("man") ? w.substring(0, w.length() - 3) + "men" : w + "s");
        }
      }
      case "fr" -> {
        String masc = w;
        String fem;
        int semi = w.indexOf(';');
        if (semi > 0) {
          masc = w.substring(0, semi);
          fem = w.substring(semi + 1);
          f.set(0, masc);
        } else if (w.endsWith("e")) {
          fem = w;
        } else if (w.endsWith("en") || w.endsWith("on")) {
          fem = w + "ne";
        } else {
          fem = w + "e";
        }
        f.add(fem);
        f.add(masc.endsWith("s") || masc.endsWith("x") ? masc : masc + "s");
        f.add(fem + "s");
      }
      case "de-adj" -> {
        for (String e : List.of("e", "en", "er", "es", "em")) {
          f.add(w + e);
        }
      }
      case "de-noun" -> {
        if (w.endsWith("er")) {
          f.add(w + "n");
          f.add(w + "in");
          f.add(w + "innen");
        } else if (w.endsWith("e")) {
          f.add(w + "n");
          f.add(w.substring(0, w.length() - 1) + "in");
          f.add(w.substring(0, w.length() - 1) + "innen");
        } else if (w.endsWith("i")) {
          f.add(w + "s");
        } else {
          f.add(w + "en");
          f.add(w + "in");
          f.add(w + "innen");
        }
      }
      case "es" -> {
        String stem;
        if (w.endsWith("o")) {
          stem = w.substring(0, w.length() - 1);
          f.add(stem + "a");
          f.add(stem + "os");
          f.add(stem + "as");
        } else if (w.endsWith("és") || w.endsWith("án") || w.endsWith("ín") || w.endsWith("ón")) {
          stem = w.substring(0, w.length() - 2) + unaccent(w.charAt(w.length() - 2)) + w.charAt(w.length() - 1);
          f.add(stem + "a");
          f.add(stem + "es");
          f.add(stem + "as");
        } else if (w.endsWith("í")) {
          f.add(w + "es");
          f.add(w + "s");
        } else if (w.endsWith("e") || w.endsWith("a")) {
          f.add(w + "s");
        } else {
          f.add(w + "a");
          f.add(w + "es");
          f.add(w + "as");
        }
      }
      case "it" -> {
        String stem = w.substring(0, w.length() - 1);
        if (w.endsWith("co") && !w.endsWith("eco")) {
          f.add(stem + "a");
          f.add(stem + "hi");
          f.add(stem + "he");
          f.add(stem + "i");
        } else if (w.endsWith("o")) {
          f.add(stem + "a");
          f.add(stem + "i");
          f.add(stem + "e");
        } else if (w.endsWith("e")) {
          f.add(stem + "i");
        } else if (w.endsWith("a")) {
          f.add(stem + "i");
          f.add(stem + "e");
        }
      }
      default -> throw new IllegalArgumentException(lang);
    }
    return f;
  }

  private static char unaccent(char c) {
    return switch (c) {
      case 'á' -> 'a';
      case 'é' -> 'e';
      case 'í' -> 'i';
      case 'ó' -> 'o';
      default -> c;
    };
  }
}
