package io.wirewatch.text;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The immutable token list of a sentence made by the {@link TextLayer}; it also holds the sentence's number
 * phrases and tags once computed, so a record {@link Sentence} can cache them. Equality is that of a list.
 */
final class Tokens extends AbstractList<Token> implements RandomAccess {
  private final Token[] tokens;
  private volatile List<NumberPhrase> numbers;
  private volatile List<String> tags;

  Tokens(List<Token> tokens) {
    this.tokens = tokens.toArray(new Token[0]);
  }

  @Override
  public Token get(int index) {
    return tokens[index];
  }

  @Override
  public int size() {
    return tokens.length;
  }

  List<NumberPhrase> numbers(Sentence s) {
    List<NumberPhrase> n = numbers;
    if (n == null) {
      n = TextLayer.get().numbers(s);
      numbers = n;
    }
    return n;
  }

  List<String> tags(Sentence s) {
    List<String> t = tags;
    if (t == null) {
      t = TextLayer.get().tags(s);
      tags = t;
    }
    return t;
  }
}
