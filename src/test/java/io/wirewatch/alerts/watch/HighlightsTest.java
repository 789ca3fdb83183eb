package io.wirewatch.alerts.watch;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class HighlightsTest {
  @Test
  void aHitIsBracketedInItsContextWithWhitespaceRunsAsOneSpace() {
    String text = "Firefighters were called\n\n  to the mill at dawn, and the blaze was out by noon. Two crews stayed.";
    int start = text.indexOf("mill");

    assertThat(Highlights.snippet(text, start, start + 4))
        .isEqualTo("Firefighters were called to the [mill] at dawn, and the blaze was out by noon....");
  }

  @Property(tries = 300)
  void theSnippetIsTheContextWithEachWhitespaceRunReadAsOneSpace(@ForAll("texts") String text,
      @ForAll("fractions") double a, @ForAll("fractions") double b) {
    int start = (int) (Math.min(a, b) * text.length());
    int end = Math.max(start, (int) (Math.max(a, b) * text.length()));
    int from = Math.max(0, start - Highlights.CONTEXT);
    int to = Math.min(text.length(), end + Highlights.CONTEXT);
    String expected = (from > 0 ? "..." : "") + text.substring(from, start).replaceAll("\\s+", " ") + "["
        + text.substring(start, end) + "]" + text.substring(end, to).replaceAll("\\s+", " ")
        + (to < text.length() ? "..." : "");

    assertThat(Highlights.snippet(text, start, end)).isEqualTo(expected);
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("ab .\t\n\r\f\u000B\u00A0\u2003é").ofMaxLength(200);
  }

  @Provide
  Arbitrary<Double> fractions() {
    return Arbitraries.doubles().between(0, 1);
  }
}
