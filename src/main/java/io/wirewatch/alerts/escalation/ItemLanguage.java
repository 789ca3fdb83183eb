package io.wirewatch.alerts.escalation;

import io.wirewatch.model.WireItem;
import io.wirewatch.text.LanguageId;

/**
 * The language an item is read in: what the language layer detects in its headline and first paragraphs
 * when it can tell, else its declared language ("en-GB" is "en"). Detection wins over a declaration because
 * cues must never read copy in another language (German copy mislabelled "en" would meet "dies" as a
 * death); an item that is neither declared nor detectable is "und" and reads as nothing.
 */
final class ItemLanguage {
  private static final int SAMPLE = 600;
  /** The last item asked about on this thread and its language: the classifier and reader ask in turn. */
  private static final LastItemMemo<String> LAST = new LastItemMemo<>(ItemLanguage::detect);

  private ItemLanguage() {}

  static String of(WireItem item) {
    return LAST.of(item);
  }

  private static String detect(WireItem item) {
    String declared = LanguageId.normalise(item.language());
    StringBuilder sample = new StringBuilder(item.headline());
    for (String p : item.body()) {
      if (sample.length() >= SAMPLE) {
        break;
      }
      sample.append('\n').append(p);
    }
    String detected = LanguageId.of(null, sample.toString());
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
