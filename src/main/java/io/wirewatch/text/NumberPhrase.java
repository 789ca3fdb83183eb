package io.wirewatch.text;

/**
 * A count written in a sentence: digits with the language's separators ("20,000", "20 000", "20.000",
 * "1,2 millions"), number words ("nine", "a dozen", "vingt-trois", "zwölf", "mil doscientos"), a range
 * ("10 to 12": {@code value} 10, {@code upper} 12; otherwise {@code upper} is null) and its qualifier:
 * {@code exact}, {@code at_least}, {@code more_than}, {@code about}, {@code nearly}, {@code up_to} or
 * {@code less_than}. {@code vague} is true for magnitude words with no count ("dozens", "des centaines",
 * "Dutzende"): {@code value} is then 0 and never a figure. {@code firstToken}/{@code lastToken} index the
 * sentence's tokens (qualifier words included, both inclusive); {@code start}/{@code end} are the absolute
 * character offsets of the same span. Years, clock times and ordinals are not number phrases.
 */
public record NumberPhrase(long value, Long upper, String qualifier, boolean vague,
    int firstToken, int lastToken, int start, int end) {

  /** Qualifier of a number written with none. */
  public static final String EXACT = "exact";

  /** True when this phrase is a range ("10 to 12", "entre 10 et 12"). */
  public boolean isRange() {
    return upper != null;
  }
}
