package io.wirewatch.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whose figure a number is when its own phrase does not say: the speaker of the clause ("Armenia said 49 of
 * its soldiers..."), else the first place named before it in the sentence, else the item's home side
 * (dateline, headline). Only troops get a side from context; other people only when their phrase names one.
 */
final class Sides {
  private static final String[] AND = LegacyWords.array("conjunction");
  private static final Set<String> SAY = LegacyWords.set("say");

  private final List<Token> tokens;
  private final List<Places.Mention> mentions = new ArrayList<>();

  Sides(List<Token> tokens) {
    this.tokens = tokens;
    for (int i = 0; i < tokens.size(); i++) {
      Places.Mention m = Places.at(tokens, i);
      if (m != null) {
        mentions.add(m);
        i = m.end() - 1;
      }
    }
  }

  /** The side that speaks for the number at token {@code at}, or null. */
  String speaker(int at) {
    Places.Mention nearestSayer = null;
    Places.Mention first = null;
    for (Places.Mention m : mentions) {
      if (m.start() >= at) {
        break;
      }
      first = first == null ? m : first;
      if (says(m)) {
        nearestSayer = m;
      }
    }
    if (nearestSayer != null) {
      return nearestSayer.side();
    }
    if (first != null) {
      return first.side();
    }
    for (Places.Mention m : mentions) {
      if (m.start() > at && says(m)) {
        return m.side();
      }
    }
    return null;
  }

  /** True when two different sides are coordinated ("Armenia and Azerbaijan"): an unsided count is a sum. */
  boolean twoSidesTogether() {
    for (int i = 0; i + 1 < mentions.size(); i++) {
      Places.Mention a = mentions.get(i);
      Places.Mention b = mentions.get(i + 1);
      if (!a.side().equals(b.side()) && b.start() == a.end() + 1 && tokens.get(a.end()).is(AND)) {
        return true;
      }
    }
    return false;
  }

  private boolean says(Places.Mention m) {
    for (int k = m.end(); k < Math.min(tokens.size(), m.end() + 6); k++) {
      Token t = tokens.get(k);
      if (t.isClauseBreak() || t.isDigits()) {
        return false;
      }
      if (SAY.contains(t.lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The home side of an item: the first place in its dateline, else in its headline, else in its lead (any
   * language: its tokens as written, no English age joining).
   */
  static String home(String dateline, String located, String headline, String lead) {
    for (String text : new String[] {dateline, located, headline, lead}) {
      if (text == null) {
        continue;
      }
      List<Token> t = Tokens.plain(text);
      for (int i = 0; i < t.size(); i++) {
        Places.Mention m = Places.at(t, i);
        if (m != null) {
          return m.side();
        }
      }
    }
    return null;
  }
}
