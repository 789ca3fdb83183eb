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
    String known = AgencyTable.get().lookup(t);
    return known != null ? known : t;
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
    return AgencyTable.get().credited(text);
  }

  /** The agency a code or name stands for when it is a known one ("KYODO", "ITAR-TASS"); else null. */
  public static String known(String codeOrName) {
    if (codeOrName == null || codeOrName.isBlank()) {
      return null;
    }
    String viaTable = AgencyTable.get().lookup(codeOrName);
    return viaTable != null ? viaTable : recognise(codeOrName);
  }

  private static final Pattern NOTICE_NOISE = Pattern.compile(
      "(?i)\\b(?:copyright|all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados)\\b"
          + "|\\(c\\)|©|\\b(?:19|20)\\d\\d\\b|[.,;:\\-–]+\\s*$");
  /** Domains reserved for documentation (RFC 2606, RFC 6761): they name no publisher. */
  private static final Pattern EXAMPLE_HOST = Pattern.compile("(?:^|\\.)example\\.(?:com|org|net)$|\\.(?:test|example|invalid|localhost)$");
  private static final Pattern HOST = Pattern.compile("(?i)^(?:https?://)?(?:www\\.)?([a-z0-9-]+(?:\\.[a-z0-9-]+)+)(?:[/:?#]|$)");

  /**
   * The holder named by a copyright notice or line ("Copyright 2013 The News Agency, all rights
   * reserved." gives "The News Agency"): a known agency anywhere in it, else the notice without the
   * copyright words, years and trailing punctuation; null when nothing is left.
   */
  public static String fromNotice(String notice) {
    if (notice == null || notice.isBlank()) {
      return null;
    }
    String known = recognise(notice);
    if (known != null) {
      return known;
    }
    String holder = notice;
    for (String before = null; !holder.equals(before); ) {
      before = holder;
      holder = NOTICE_NOISE.matcher(holder).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }
    holder = holder.replaceFirst("^[-–.,;:\\s]+", "").replaceFirst("[-–.,;:\\s]+$", "");
    return holder.isBlank() ? null : holder;
  }

  /**
   * The web host an item uri names, without "www." ("http://www.example.com/news/1" gives
   * "example.com"): the publisher's own domain, the last resort for the agency. Null for uris that are
   * not web addresses (urn:, tag: with no host).
   */
  public static String hostOf(String uri) {
    if (uri == null || !(uri.startsWith("http://") || uri.startsWith("https://"))) {
      return null;
    }
    Matcher m = HOST.matcher(uri);
    if (!m.find()) {
      return null;
    }
    String host = m.group(1).toLowerCase(Locale.ROOT);
    return EXAMPLE_HOST.matcher(host).find() ? null : host;
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
