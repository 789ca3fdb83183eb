package io.wirewatch.alerts.escalation;

import io.wirewatch.model.WireItem;
import io.wirewatch.text.LanguageId;

/**
 * The language an item is read in: its declared language ("en-GB" is "en"), else what the language layer
 * detects in its headline and first paragraphs ("und" when it cannot tell: then nothing is read).
 */
final class ItemLanguage {
  private static final int SAMPLE = 600;

  private ItemLanguage() {}

  static String of(WireItem item) {
    String declared = LanguageId.normalise(item.language());
    if (declared != null) {
      return declared;
    }
    StringBuilder sample = new StringBuilder(item.headline());
    for (String p : item.body()) {
      if (sample.length() >= SAMPLE) {
        break;
      }
      sample.append('\n').append(p);
    }
    return LanguageId.of(null, sample.toString());
  }

  static String primary(String tag) {
    String code = LanguageId.normalise(tag);
    return code == null ? LanguageId.UNDETERMINED : code;
  }
}
