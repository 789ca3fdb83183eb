package io.wirewatch.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Normalises text for comparison: Unicode NFKC, lower case, letters and digits only, single spaces. */
public final class TextNormalizer {
  private TextNormalizer() {}

  /** The normalised words of {@code text}; thousands separators inside numbers are dropped ("41,000" -> "41000"). */
  public static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        w.append(c);
      } else if ((c == ',' || c == '.') && w.length() > 0 && Character.isDigit(w.charAt(w.length() - 1))
          && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))) {
        if (c == '.') {
          w.append('.');
        }
      } else if (w.length() > 0) {
        out.add(w.toString());
        w.setLength(0);
      }
    }
    if (w.length() > 0) {
      out.add(w.toString());
    }
    return out;
  }
}
