package io.wirewatch.text;

import io.wirewatch.model.WireItem;

/**
 * The language an item's text reads as, detected from its headline and first paragraphs, whatever its
 * metadata declares: rules that must never read copy with another language's words (escalation cues, the
 * headline check's stemmer) ask this. Detected once per item and thread ({@link LastItemMemo}): the rules
 * of the story stage ask about the same item in turn, and detection is the costliest step of reading it.
 */
public final class TextLanguage {
  /** Enough text for the detector, which reads no more than its own sample anyway. */
  static final int SAMPLE_CHARS = 700;
  private static final LastItemMemo<String> LAST = new LastItemMemo<>(TextLanguage::detect);

  private TextLanguage() {}

  /** "en", "fr", ... as detected in the item's text, or {@link LanguageId#UNDETERMINED}. */
  public static String detected(WireItem item) {
    return LAST.of(item);
  }

  /**
   * The detected language, else the declared one ("en-GB" is "en"), else null: how a rule that must not read
   * copy with another language's words chooses, trusting a declaration only where the text does not tell.
   */
  public static String detectedOrDeclared(WireItem item) {
    String detected = detected(item);
    return LanguageId.UNDETERMINED.equals(detected) ? LanguageId.normalise(item.language()) : detected;
  }

  private static String detect(WireItem item) {
    StringBuilder sample = new StringBuilder(item.headline() == null ? "" : item.headline());
    for (String p : item.body()) {
      if (sample.length() >= SAMPLE_CHARS) {
        break;
      }
      sample.append('\n').append(p);
    }
    return LanguageId.of(null, sample.toString());
  }
}
