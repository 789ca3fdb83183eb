package io.wirewatch.figures;

import java.util.List;
import java.util.Set;

/**
 * Counts that belong to another incident than the item's own. Local news sets its incident against others:
 * an earlier one ("a man was killed on the same block last week", "in a previous shooting"), one the item's
 * incident follows or answers ("weeks after a gunman killed 20 children", "in retaliation for a shooting that
 * left one dead"), and links to other stories ("RELATED: Man killed in drive-by"). Their counts are not the
 * item's figures.
 */
final class OtherIncidents {
  private static final Set<String> LINK_LABELS = Set.of("related", "more", "also", "trending", "other");
  private static final Set<String> LINK_WORDS = Set.of("related", "read", "more", "see", "also", "trending",
      "other", "news", "stories", "story", "content", "article", "articles", "coverage", "links", "link");

  private static final String[] DURATIONS = {"hours", "days", "weeks", "months", "years", "hour", "day", "week",
      "month", "year"};

  private static final String[] INCIDENTS = {"shooting", "shootings", "attack", "attacks", "incident",
      "violence", "rampage", "massacre", "gunfire", "killing", "killings", "bombing", "blast", "explosion"};

  private static final String[] WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday"};

  private OtherIncidents() {}

  /**
   * A link to another story: a sentence opened by a label such as "RELATED:", "[Related story:", "READ MORE:",
   * "MORE:", "ALSO:", "TRENDING STORIES:" names that story's headline, not this item's count.
   */
  static boolean link(List<Token> t) {
    int k = 0;
    while (k < t.size() && !Character.isLetterOrDigit(t.get(k).text().charAt(0))) {
      k++;
    }
    boolean label = false;
    for (int n = 0; k < t.size() && n < 3; k++, n++) {
      Token tok = t.get(k);
      if (tok.is(":") || tok.is("|")) {
        return label;
      }
      if (!LINK_WORDS.contains(tok.lower())) {
        return false;
      }
      label |= LINK_LABELS.contains(tok.lower());
    }
    return false;
  }

  /**
   * A relative past reference at token {@code i}: "last week", "last month", "last summer". Like a past
   * year, it dates the count near it before the item's own incident.
   */
  static boolean relativePast(List<Token> t, int i) {
    Token tok = t.get(i);
    if (i > 0 && t.get(i - 1).is("last") && tok.is("week", "month", "summer", "spring", "winter", "fall")) {
      return true;
    }
    if (tok.is("earlier") && i > 0 && t.get(i - 1).is("days", "weeks", "months", "week", "month")) {
      return true;
    }
    if (tok.is("previous", "prior") && i > 0 && t.get(i - 1).is("a", "an", "the")
        && !(i + 1 < t.size() && t.get(i + 1).is("to"))) {
      return true;
    }
    return tok.is("before") && i > 1 && t.get(i - 1).is("night", "day") && t.get(i - 2).is("the");
  }

  /**
   * A report the sentence withdraws: "early reports said one person had died, but that proved incorrect",
   * "turned out to be false". Its count is an earlier value, not the current one.
   */
  static boolean retracted(List<Token> t) {
    for (int j = 1; j < t.size(); j++) {
      Token tok = t.get(j);
      if (tok.is("incorrect", "erroneous", "untrue", "inaccurate") && t.get(j - 1).is("be", "was", "were", "proved")
          || tok.is("false", "wrong") && t.get(j - 1).is("proved", "be") && j > 1
          && t.get(j - 2).is("proved", "to")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A span of time or place that sums incidents, at token {@code j}: "across the city", "this year", "in the
   * past four days", "over the last seven months", "within four hours", "in a five-hour span", "in a 48-hour
   * span", "in less than 30 hours", "during violent 24 hours", "so far in 2017", "a violent night", "a bloody
   * weekend", "Friday and Saturday" (not "two days after Christmas"). A count over such a span is a roundup,
   * not one incident's toll.
   */
  static boolean span(List<Token> t, int j) {
    Token tok = t.get(j);
    if (j + 2 < t.size() && tok.is("across") && t.get(j + 1).is("the") && t.get(j + 2).is("city")
        || j + 1 < t.size() && tok.is("this", "last") && t.get(j + 1).is("year")) {
      return true;
    }
    if (tok.is("past", "last") && j + 1 < t.size()) {
      int k = j + 1;
      while (k < t.size() && k <= j + 3
          && (Numbers.at(t, k) != null || t.get(k).is("few", "several", "couple", "of"))) {
        k++;
      }
      return k < t.size() && t.get(k).is("days", "weeks", "months", "hours", "years", "week", "month")
          && (k > j + 1 || tok.is("past") || !t.get(k).is("week", "month"));
    }
    if (tok.is("within") && j + 1 < t.size()) {
      int k = j + 1 + (t.get(j + 1).is("a", "an") ? 1 : 0);
      k += k < t.size() && Numbers.at(t, k) != null ? 1 : 0;
      return k < t.size() && (t.get(k).is("hours", "days", "weeks", "hour", "day", "week")
          || t.get(k).lower().matches(".+-(hour|day|week)"));
    }
    if (tok.is("span", "stretch", "period") && j > 0 && (t.get(j - 1).lower().matches(".+-(hour|day|week)")
        || j > 2 && t.get(j - 1).is("hour", "day", "week") && t.get(j - 2).is("-") && t.get(j - 3).isDigits())) {
      return true;
    }
    if (tok.is("in", "during", "over") && countOfHours(t, j + 1)) {
      return true;
    }
    if (tok.is("since") && j + 1 < t.size()) {
      int k = j + 1 + (t.get(j + 1).is("early", "late") ? 1 : 0);
      return k < t.size() && (t.get(k).is(WEEKDAYS) || Numbers.at(t, k) != null && k + 1 < t.size()
          && t.get(k + 1).is("a.m.", "p.m.", "am", "pm"));
    }
    if (tok.is("weekend") && j + 1 < t.size() && t.get(j + 1).is("gunfire", "violence", "shootings")) {
      return true;
    }
    if (tok.is("violent", "bloody") && j + 1 < t.size() && t.get(j + 1).is("night", "weekend", "day", "week")) {
      return true;
    }
    if (tok.is(WEEKDAYS) && j + 2 < t.size() && t.get(j + 1).is("and", "through", "to") && t.get(j + 2).is(WEEKDAYS)) {
      return true;
    }
    return tok.is("far") && j > 0 && t.get(j - 1).is("so") && j + 1 < t.size() && t.get(j + 1).is("in", "this");
  }

  /**
   * "five hours", "less than 30 hours", "violent 24 hours", "72 hours" from {@code k}: after "in", "during" or
   * "over", a number of hours or days is the span a count sums ("7 shot in five hours").
   */
  private static boolean countOfHours(List<Token> t, int k) {
    while (k < t.size() && t.get(k).is("less", "more", "than", "under", "just", "about", "nearly", "the", "a",
        "violent", "bloody", "span", "of", "first", "past", "last")) {
      k++;
    }
    Numbers.Num n = k < t.size() ? Numbers.at(t, k) : null;
    return n != null && n.end() < t.size() && t.get(n.end()).is("hours", "days") && !dated(t, n.end() + 1);
  }

  /** "two days after Christmas", "three days ago": a date, not a stretch. */
  private static boolean dated(List<Token> t, int k) {
    return k < t.size() && t.get(k).is("after", "before", "ago", "later", "earlier", "prior");
  }

  /**
   * Where the sentence turns to another incident, or the sentence's length if it does not: after "weeks after",
   * "hours before", "a month after" (the item's incident set in time against another), after "follows" /
   * "followed" ("the shooting follows a shooting last week that left ..."), and after "retaliation for" /
   * "retaliation to". Counts from there on are the other incident's.
   */
  static int turn(List<Token> t) {
    for (int i = 1; i < t.size(); i++) {
      Token tok = t.get(i);
      if (tok.is("after", "before") && t.get(i - 1).is(DURATIONS) && incidentBefore(t, i)) {
        return i;
      }
      if (tok.is("follows", "followed") || tok.is("retaliation") && i + 1 < t.size() && t.get(i + 1).is("for", "to")) {
        return i;
      }
    }
    return t.size();
  }

  /**
   * The sentence has told an incident before {@code k} ("The shooting came hours before", "Two men were shot
   * Sunday, a day after"), and not a later death ("died two weeks after he was wounded" is the same victim).
   */
  private static boolean incidentBefore(List<Token> t, int k) {
    boolean incident = false;
    for (int j = 0; j < k; j++) {
      Token tok = t.get(j);
      if (tok.is("died", "dies", "death", "succumbed")) {
        return false;
      }
      incident |= tok.is(INCIDENTS) || ShotCues.at(t, j) != null;
    }
    return incident;
  }
}
