package io.wirewatch.formats;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The news agencies wirewatch knows by name, from {@code formats/agencies.tsv}: their short codes as
 * headers, datelines and sign-offs write them ("ANSA", "ats", "KYODO") and their longer names and
 * domains. Data, not code: adding an agency is adding a line.
 */
final class AgencyTable {
  private static final String RESOURCE = "/formats/agencies.tsv";
  private static final AgencyTable INSTANCE = load();

  private final Map<String, String> byCode;
  private final Map<String, String> byName;
  /** A credit in a dateline: "(ANSA)", "(ats afp)", "Oct 12 AAP -", "Dec. 9 Kyodo -". */
  private final Pattern credit;

  private AgencyTable(Map<String, String> byCode, Map<String, String> byName) {
    this.byCode = Map.copyOf(byCode);
    this.byName = Map.copyOf(byName);
    String codes = String.join("|", byCode.keySet().stream().sorted((a, b) -> b.length() - a.length())
        .map(Pattern::quote).toList());
    this.credit = Pattern.compile("\\((" + codes + ")\\b[^()]{0,20}\\)|(?<![\\w-])(" + codes + ")\\s+[-_\u2013\u2014]");
  }

  static AgencyTable get() {
    return INSTANCE;
  }

  /** The display name for an exact code ("KYODO") or a name or domain in any case; null if unknown. */
  String lookup(String text) {
    if (text == null) {
      return null;
    }
    String t = text.strip();
    String byExactCode = byCode.get(t);
    if (byExactCode != null) {
      return byExactCode;
    }
    String k = t.toLowerCase(Locale.ROOT).replaceFirst("^the ", "").replaceFirst("^www\\.", "");
    return byName.get(k);
  }

  /** The agency credited in the first characters of a paragraph (its dateline), or null. */
  String credited(String paragraph) {
    if (paragraph == null) {
      return null;
    }
    Matcher m = credit.matcher(paragraph.length() > 160 ? paragraph.substring(0, 160) : paragraph);
    if (!m.find()) {
      return null;
    }
    return byCode.get(m.group(1) != null ? m.group(1) : m.group(2));
  }

  private static AgencyTable load() {
    Map<String, String> codes = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    try (InputStream in = AgencyTable.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        String display = cols[0].strip();
        names.put(display.toLowerCase(Locale.ROOT), display);
        for (String code : cols.length > 1 ? List.of(cols[1].split("\\|")) : List.<String>of()) {
          codes.put(code.strip(), display);
        }
        for (String name : cols.length > 2 ? List.of(cols[2].split("\\|")) : List.<String>of()) {
          names.put(name.strip().toLowerCase(Locale.ROOT).replaceFirst("^the ", ""), display);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new AgencyTable(codes, names);
  }
}
