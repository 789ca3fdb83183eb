package io.wirewatch.text;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A sentence of a text with its tokens. {@code start}/{@code end} are absolute character offsets into the
 * text it was read from ({@code end} exclusive), {@code lang} the ISO 639-1 language it was read in. Number
 * phrases and part-of-speech tags are computed on first use by the readers of the {@link TextLayer} language
 * that made the sentence, and cached. Equality is that of the text, offsets, language and tokens.
 */
public final class Sentence {
  private final String text;
  private final int start;
  private final int end;
  private final String lang;
  private final List<Token> tokens;
  private final Function<Sentence, List<NumberPhrase>> numberReader;
  private final Function<List<Token>, List<String>> tagger;
  private volatile List<NumberPhrase> numbers;
  private volatile List<String> tags;

  Sentence(String text, int start, int end, String lang, List<Token> tokens,
      Function<Sentence, List<NumberPhrase>> numberReader, Function<List<Token>, List<String>> tagger) {
    this.text = text;
    this.start = start;
    this.end = end;
    this.lang = lang;
    this.tokens = List.copyOf(tokens);
    this.numberReader = numberReader;
    this.tagger = tagger;
  }

  public String text() { return text; }

  public int start() { return start; }

  public int end() { return end; }

  public String lang() { return lang; }

  public List<Token> tokens() { return tokens; }

  /** The number phrases of this sentence, in text order (see {@link NumberPhrase}). */
  public List<NumberPhrase> numbers() {
    List<NumberPhrase> n = numbers;
    if (n == null) {
      n = List.copyOf(numberReader.apply(this));
      numbers = n;
    }
    return n;
  }

  /**
   * Universal Dependencies part-of-speech tags (NOUN, VERB, NUM, ADJ, PROPN, ...), one per token; all "X"
   * when there is no tagging model for the language.
   */
  public List<String> tags() {
    List<String> t = tags;
    if (t == null) {
      t = List.copyOf(tagger.apply(tokens));
      tags = t;
    }
    return t;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Sentence s && start == s.start && end == s.end && text.equals(s.text)
        && Objects.equals(lang, s.lang) && tokens.equals(s.tokens);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, start, end, lang, tokens);
  }

  @Override
  public String toString() {
    return "Sentence[" + start + "-" + end + " " + lang + ": " + text + "]";
  }
}
