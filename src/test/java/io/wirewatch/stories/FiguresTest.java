package io.wirewatch.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FiguresTest {
  private static List<String> read(String text) {
    List<String> out = new ArrayList<>();
    Figures.each(text, (kind, n) -> out.add(kind + ":" + n));
    return out;
  }

  @Test
  void shouldReadGroupedThousandsTheSameWhateverTheSeparator() {
    assertThat(read("12,500 fled")).containsExactly("d:12500");
    assertThat(read("12.500 huyeron")).containsExactly("d:12500");
    assertThat(read("12 500 ont fui")).containsExactly("d:12500");
  }

  @Test
  void shouldReadDecimalsWithEitherMarkAndKeepYearsApart() {
    assertThat(read("a 5.7 tremor in 2024")).containsExactly("d:5.7", "y:2024");
    assertThat(read("ein Beben der Stärke 5,7")).containsExactly("d:5.7");
  }

  @Test
  void shouldReadDigitsOfAnyScriptAsTheSameNumbers() {
    assertThat(read("فر ١٢,٥٠٠ شخص عام ٢٠٢٤")).containsExactly("d:12500", "y:2024");
    assertThat(read("فر 12,500 شخص عام 2024")).containsExactly("d:12500", "y:2024");
  }

  @Test
  void shouldSkipSingleDigitsAndDigitsInsideWords() {
    assertThat(read("3 boats and the A320 jet, 14 crew")).containsExactly("d:14");
  }
}
