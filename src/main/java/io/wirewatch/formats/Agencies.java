package io.wirewatch.formats;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises agency names to short display names shared by all parsers: "Thomson Reuters" and
 * "reuters.com" become "Reuters", "The Associated Press" and "ap.org" "AP", "Agence France-Presse" and
 * "afp.com" "AFP", "dpa Deutsche Presse-Agentur" "dpa", "RFE/RL's Kazakh Service" "RFE/RL". Unknown
 * holders are returned as given (trimmed).
 */
public final class Agencies {
  private record Known(String name, Pattern mention) {}

  private static final List<Known> KNOWN = List.of(
      new Known("RFE/RL", Pattern.compile("(?i)\\bRFE/?RL|Radio Free Europe")),
      new Known("Reuters", Pattern.compile("(?i)\\b(?:thomson\\s*)?reuters\\b")),
      new Known("AP", Pattern.compile("\\(AP\\)|\\bAssociated Press\\b|\\bap\\.org\\b|\\bapnews\\.com\\b")),
      new Known("AFP", Pattern.compile("\\bAFP\\b|(?i)\\bAgence France[- ]Presse\\b|\\bafp\\.com\\b")),
      new Known("dpa", Pattern.compile("(?i)\\bdpa\\b|Deutsche Presse-Agentur")));
  private static final Pattern DOMAIN =
      Pattern.compile("(?i)\\b((?:[a-z0-9-]+\\.)+(?:com|org|net|de|fr|se|no|uk))\\b");

  private Agencies() {}

  /** The display name for a copyright holder, provider or regsrc; null for null or blank input. */
  public static String normalise(String holder) {
    if (holder == null || holder.isBlank()) {
      return null;
    }
    String t = holder.strip();
    String k = t.toLowerCase(Locale.ROOT);
    if (k.startsWith("the ")) {
      k = k.substring(4);
    }
    if (k.equals("ap") || k.equals("ap.org") || k.equals("apnews.com") || k.startsWith("associated press")) {
      return "AP";
    }
    if (k.equals("afp") || k.equals("afp.com") || k.startsWith("agence france")) {
      return "AFP";
    }
    if (k.equals("dpa") || k.startsWith("dpa ") || k.startsWith("dpa.") || k.contains("deutsche presse")) {
      return "dpa";
    }
    if (k.contains("reuters")) {
      return "Reuters";
    }
    if (k.startsWith("rfe/rl") || k.startsWith("rferl") || k.startsWith("radio free europe")) {
      return "RFE/RL";
    }
    return t;
  }

  /** A known agency mentioned in free text (a sign-off, a byline, a dateline), or null. */
  public static String recognise(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    for (Known known : KNOWN) {
      if (known.mention().matcher(text).find()) {
        return known.name();
      }
    }
    return null;
  }

  /** A known agency named by the domain inside an item uri ("tag:reuters.com,2022:..."), or null. */
  public static String fromUri(String uri) {
    if (uri == null) {
      return null;
    }
    Matcher m = DOMAIN.matcher(uri.length() > 200 ? uri.substring(0, 200) : uri);
    while (m.find()) {
      String name = recognise(m.group(1));
      if (name != null) {
        return name;
      }
    }
    return null;
  }
}
