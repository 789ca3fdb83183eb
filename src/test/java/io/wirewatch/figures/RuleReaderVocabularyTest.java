package io.wirewatch.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Vocabulary is data (issue 14): the figures classes compare tokens with words only through lists read from
 * the language files ({@code LegacyWords}, {@code lang/en/figures-legacy-*.tsv}), never with a word written in
 * Java. A literal passed to {@code Token.is} may be a symbol (punctuation, a digit), not a word.
 */
class RuleReaderVocabularyTest {
  private static final Path SOURCES = Path.of("src", "main", "java", "io", "wirewatch", "figures");
  private static final String LITERAL = "\"(?:[^\"\\\\]|\\\\.)*\"";
  private static final Pattern IS_WITH_LITERALS =
      Pattern.compile("\\.is\\(\\s*(" + LITERAL + "(?:\\s*,\\s*" + LITERAL + ")*)\\s*\\)");
  private static final Pattern ONE_LITERAL = Pattern.compile(LITERAL);
  private static final Pattern BLOCK_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
  private static final Pattern LINE_COMMENT = Pattern.compile("//[^\\n]*");
  private static final Pattern LETTER = Pattern.compile("\\p{L}");

  @Test
  void shouldPassNoWordLiteralToTokenIsInTheFiguresClasses() throws IOException {
    List<String> words = new ArrayList<>();
    int symbolCalls = 0;
    for (Path file : javaFiles()) {
      String code = withoutComments(Files.readString(file));
      Matcher call = IS_WITH_LITERALS.matcher(code);
      while (call.find()) {
        Matcher lit = ONE_LITERAL.matcher(call.group(1));
        boolean word = false;
        while (lit.find()) {
          word |= LETTER.matcher(lit.group()).find();
        }
        if (word) {
          words.add(file.getFileName() + ":" + line(code, call.start()) + " " + call.group());
        } else {
          symbolCalls++;
        }
      }
    }
    assertThat(symbolCalls).as("the scan sees the symbol calls that stay").isPositive();
    assertThat(words).as("words belong in lang/en/figures-legacy-words.tsv, read through LegacyWords").isEmpty();
  }

  @Test
  void shouldFindAWordLiteralWhenOneIsWritten() {
    String code = withoutComments("""
        /** t.is("comment") is no code */
        boolean a = t.get(0).is(",", "and"); // t.is("tail")
        boolean b = t.get(1).is("-");
        """);
    Matcher m = IS_WITH_LITERALS.matcher(code);
    List<String> calls = new ArrayList<>();
    while (m.find()) {
      calls.add(m.group(1));
    }
    assertThat(calls).containsExactly("\",\", \"and\"", "\"-\"");
  }

  private static List<Path> javaFiles() throws IOException {
    try (Stream<Path> s = Files.list(SOURCES)) {
      List<Path> files = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
      assertThat(files).as("figures sources under " + SOURCES.toAbsolutePath()).isNotEmpty();
      return files;
    }
  }

  /** The code without comments, newlines kept so that offsets still give line numbers. */
  private static String withoutComments(String code) {
    StringBuilder out = new StringBuilder();
    Matcher m = BLOCK_COMMENT.matcher(code);
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(m.group().replaceAll("[^\\n]", " ")));
    }
    m.appendTail(out);
    return LINE_COMMENT.matcher(out).replaceAll("");
  }

  private static int line(String code, int offset) {
    return (int) code.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
  }
}
