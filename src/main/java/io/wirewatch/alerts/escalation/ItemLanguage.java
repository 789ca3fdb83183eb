package io.wirewatch.alerts.escalation;

import io.wirewatch.model.WireItem;
import io.wirewatch.text.LanguageId;
import io.wirewatch.text.TextLanguage;

/**
 * The language an item is read in: what the language layer detects in its headline and first paragraphs
 * when it can tell, else its declared language ("en-GB" is "en"). Detection wins over a declaration because
 * cues must never read copy in another language (German copy mislabelled "en" would meet "dies" as a
 * death); an item that is neither declared nor detectable is "und" and reads as nothing.
 */
final class ItemLanguage {
  private ItemLanguage() {}

  static String of(WireItem item) {
    String detected = TextLanguage.detected(item);
    String declared = LanguageId.normalise(item.language());
    if (declared == null || !LanguageId.UNDETERMINED.equals(detected)) {
      return detected;
    }
    return declared;
  }

  static String primary(String tag) {
    String code = LanguageId.normalise(tag);
    return code == null ? LanguageId.UNDETERMINED : code;
  }
}
