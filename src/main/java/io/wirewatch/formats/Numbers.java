package io.wirewatch.formats;

/** Lenient integer reading for metadata fields. */
final class Numbers {
  private Numbers() {}

  /** The integer, or null when absent or not a number. */
  static Integer intOrNull(String text) {
    if (text == null) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
