package io.wirewatch.text;

import java.util.List;

/**
 * A sentence of a text with its tokens. {@code start}/{@code end} are absolute character offsets into the
 * text it was read from ({@code end} exclusive), {@code lang} the ISO 639-1 language it was read in. Number
 * phrases and part-of-speech tags are computed on first use and cached when the sentence comes from the
 * {@link TextLayer}.
 */
public record Sentence(String text, int start, int end, String lang, List<Token> tokens) {

  public Sentence {
    tokens = tokens instanceof Tokens ? tokens : List.copyOf(tokens);
  }

  /** The number phrases of this sentence, in text order (see {@link NumberPhrase}). */
  public List<NumberPhrase> numbers() {
    return tokens instanceof Tokens t ? t.numbers(this) : TextLayer.get().numbers(this);
  }

  /**
   * Universal Dependencies part-of-speech tags (NOUN, VERB, NUM, ADJ, PROPN, ...), one per token; all "X"
   * when there is no tagging model for the language.
   */
  public List<String> tags() {
    return tokens instanceof Tokens t ? t.tags(this) : TextLayer.get().tags(this);
  }
}
