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
    String lang = TextLanguage.detectedOrDeclared(item);
    return lang == null ? LanguageId.UNDETERMINED : lang;
  }

  static String primary(String tag) {
    String code = LanguageId.normalise(tag);
    return code == null ? LanguageId.UNDETERMINED : code;
  }
}
