package io.wirewatch.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Ages written loosely are ages all the same: "5-year old", "5 year old", "3 yr old", "4 yo", "19 y/o" become
 * one "year-old" token (spanning the original words), as "5-year-old" is, so that every rule that knows an
 * age ("two 15 year old boys" is 2, "a 5-year old child" is 1) reads them too.
 */
final class Ages {
  private static final String[] OLD = LegacyWords.array("age-old");
  private static final String[] YO = LegacyWords.array("age-yo");
  private static final String[] SLASH_Y = LegacyWords.array("age-slash-year");
  private static final String[] SLASH_O = LegacyWords.array("age-slash-old");
  private static final Set<String> UNITS = LegacyWords.set("age-unit");

  private Ages() {}

  static List<Token> joined(List<Token> t) {
    List<Token> out = new ArrayList<>(t.size());
    for (int k = 0; k < t.size(); k++) {
      Token tok = t.get(k);
      boolean afterNumber = !out.isEmpty() && out.get(out.size() - 1).isDigits()
          || out.size() >= 2 && out.get(out.size() - 1).is("-") && out.get(out.size() - 2).isDigits();
      if (afterNumber && UNITS.contains(tok.lower())) {
        int old = k + 1 < t.size() && t.get(k + 1).is("-") ? k + 2 : k + 1;
        if (old < t.size() && t.get(old).is(OLD)) {
          out.add(age(tok, t.get(old)));
          k = old;
          continue;
        }
      }
      if (afterNumber && tok.is(YO)) {
        out.add(age(tok, tok));
        continue;
      }
      if (afterNumber && tok.is(SLASH_Y) && k + 2 < t.size() && t.get(k + 1).is("/") && t.get(k + 2).is(SLASH_O)) {
        out.add(age(tok, t.get(k + 2)));
        k += 2;
        continue;
      }
      out.add(tok);
    }
    return out;
  }

  private static Token age(Token from, Token to) {
    String unit = from.lower().startsWith("m") ? "month" : from.lower().startsWith("w") ? "week"
        : from.lower().startsWith("d") ? "day" : "year";
    return new Token(unit + "-old", unit + "-old", from.start(), to.end());
  }
}
