package io.wirewatch.alerts.escalation;

import io.wirewatch.model.WireItem;
import java.util.Locale;

/** The primary language tag an item is read in: its declared language ("en-GB" is "en"). */
final class ItemLanguage {
  private ItemLanguage() {}

  static String of(WireItem item) {
    return primary(item.language());
  }

  static String primary(String tag) {
    if (tag == null || tag.isBlank()) {
      return "en";
    }
    return tag.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
  }
}
