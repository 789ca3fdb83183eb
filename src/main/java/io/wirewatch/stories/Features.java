package io.wirewatch.stories;

/**
 * The kinds of clustering feature, by key prefix: {@code w:} word stem, {@code s:} slug word, {@code n:}
 * name, {@code p:} place, {@code a:} street address, {@code d:} number, {@code y:} year, {@code e:} event kind, {@code c:} country
 * (ISO code), {@code l:} the item's language. Anchors read the same in every language.
 */
final class Features {
  private Features() {}

  /** Names, places, addresses, numbers, years, event kinds and countries: comparable across languages. */
  static boolean isAnchor(String term) {
    return switch (term.charAt(0)) {
      case 'n', 'p', 'a', 'd', 'y', 'e', 'c' -> term.length() > 1 && term.charAt(1) == ':';
      default -> false;
    };
  }

  /** Names, places, addresses and countries: who took part or where, as opposed to numbers, years and kinds. */
  static boolean isWhoOrWhere(String term) {
    return switch (term.charAt(0)) {
      case 'n', 'p', 'a', 'c' -> term.length() > 1 && term.charAt(1) == ':';
      default -> false;
    };
  }

  /** Whether a feature is a country ({@code c:}), a number ({@code d:}) or a year ({@code y:}). */
  static boolean isCountryOrNumber(String term) {
    return term.length() > 1 && term.charAt(1) == ':' && "cdy".indexOf(term.charAt(0)) >= 0;
  }

  /** Features that tell one event from another of its kind in the same place: all but places, kinds, countries. */
  static boolean isSpecific(String term) {
    return switch (term.charAt(0)) {
      case 'p', 'e', 'c', 'l' -> false;
      default -> true;
    };
  }

  /** Features of one language: word stems and slug words (their frequency is counted among that language's items). */
  static boolean isOwnLanguage(String term) {
    return term.length() > 1 && term.charAt(1) == ':' && (term.charAt(0) == 'w' || term.charAt(0) == 's');
  }

  /** The feature as an editor reads it in a reason: "name jane doe", "number 17", "word quak". */
  static String describe(String term) {
    String v = term.substring(2);
    return switch (term.charAt(0)) {
      case 'n' -> "name " + v;
      case 'p' -> "place " + v;
      case 'a' -> "address " + v;
      case 'd' -> "number " + v;
      case 'y' -> "year " + v;
      case 'e' -> "event " + v;
      case 'c' -> "country " + v;
      case 's' -> "slug " + v;
      default -> "word " + v;
    };
  }
}
