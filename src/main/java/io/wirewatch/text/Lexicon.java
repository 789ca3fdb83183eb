package io.wirewatch.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-language vocabulary read from the class-path resources {@code lang/<lang>/}: word lists
 * ({@code <name>.txt}, one entry a line) and tables ({@code <name>.tsv}, tab-separated columns). Lines
 * starting with '#' and blank lines are skipped; entries are lowercased (Locale.ROOT) and stripped. A language
 * or file without data gives an empty (never null) set, map or list. Each file is read once per process.
 */
public final class Lexicon {
  private static final Map<String, Lexicon> BY_LANG = new ConcurrentHashMap<>();

  private final String lang;
  private final Map<String, Set<String>> words = new ConcurrentHashMap<>();
  private final Map<String, List<List<String>>> rows = new ConcurrentHashMap<>();
  private final Map<String, Map<String, String>> tables = new ConcurrentHashMap<>();

  private Lexicon(String lang) {
    this.lang = lang;
  }

  /** The vocabulary of one language ("en", "fr", ...); a null or unknown language has no entries. */
  public static Lexicon of(String lang) {
    String key = lang == null ? "" : lang.strip().toLowerCase(Locale.ROOT);
    return BY_LANG.computeIfAbsent(key, Lexicon::new);
  }

  /** The language these entries are for. */
  public String lang() {
    return lang;
  }

  /** Entries of {@code lang/<lang>/<name>.txt}: one lowercased entry a line. */
  public Set<String> words(String name) {
    return words.computeIfAbsent(name, n -> {
      Set<String> out = new LinkedHashSet<>();
      for (String line : lines(n + ".txt")) {
        out.add(line.toLowerCase(Locale.ROOT));
      }
      return Collections.unmodifiableSet(out);
    });
  }

  /** {@code lang/<lang>/<name>.tsv} as first column -> second column ("" when a row has one column). */
  public Map<String, String> table(String name) {
    return tables.computeIfAbsent(name, n -> {
      Map<String, String> out = new LinkedHashMap<>();
      for (List<String> row : rows(n)) {
        out.putIfAbsent(row.get(0), row.size() > 1 ? row.get(1) : "");
      }
      return Collections.unmodifiableMap(out);
    });
  }

  /** Every column of every row of {@code lang/<lang>/<name>.tsv}; the first column is lowercased. */
  public List<List<String>> rows(String name) {
    return rows.computeIfAbsent(name, n -> split(lines(n + ".tsv")));
  }

  /** True when the resource {@code lang/<lang>/<file>} exists. */
  boolean has(String file) {
    return !lang.isEmpty() && Lexicon.class.getClassLoader().getResource(path(file)) != null;
  }

  private String path(String file) {
    return "lang/" + lang + "/" + file;
  }

  private List<String> lines(String file) {
    if (lang.isEmpty() || lang.contains("/") || lang.contains(".")) {
      return List.of();
    }
    return read(path(file));
  }

  /**
   * Every column of every row of {@code lang/<name>.tsv}, a table shared by all languages (each row may name
   * its language in a column of its own); read as the per-language tables are, the first column lowercased.
   * Empty when the resource is absent.
   */
  public static List<List<String>> sharedRows(String name) {
    return split(read("lang/" + name + ".tsv"));
  }

  private static List<List<String>> split(List<String> lines) {
    List<List<String>> out = new ArrayList<>();
    for (String line : lines) {
      String[] cells = line.split("\t", -1);
      List<String> row = new ArrayList<>(cells.length);
      for (int i = 0; i < cells.length; i++) {
        String c = cells[i].strip();
        row.add(i == 0 ? c.toLowerCase(Locale.ROOT) : c);
      }
      out.add(List.copyOf(row));
    }
    return List.copyOf(out);
  }

  private static List<String> read(String resource) {
    InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) {
          out.add(s.startsWith("\uFEFF") ? s.substring(1) : s);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return out;
  }
}
