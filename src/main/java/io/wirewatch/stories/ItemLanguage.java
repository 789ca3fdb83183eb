package io.wirewatch.stories;

import io.wirewatch.model.WireItem;
import io.wirewatch.text.LanguageId;

/**
 * The language an item is clustered in: its declared language ("en-US" is "en"), else the language its
 * headline and first paragraphs read as; {@value #UNDETERMINED} when neither tells.
 */
public final class ItemLanguage {
  public static final String UNDETERMINED = LanguageId.UNDETERMINED;
  /** Enough text for the detector; more only costs time. */
  private static final int SAMPLE = 1_000;

  private ItemLanguage() {}

  public static String of(WireItem item) {
    String declared = LanguageId.normalise(item.language());
    if (declared != null) {
      return declared;
    }
    String text = item.headline() + "\n" + item.bodyText();
    return LanguageId.of(null, text.length() > SAMPLE ? text.substring(0, SAMPLE) : text);
  }
}
