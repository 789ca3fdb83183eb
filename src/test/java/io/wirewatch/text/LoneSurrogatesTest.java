package io.wirewatch.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoneSurrogatesTest {
  @Test
  void shouldReplaceOnlyUnpairedSurrogates() {
    String paired = "Flag \uD83C\uDDFA\uD83C\uDDE6 raised";
    assertThat(LoneSurrogates.replaced(paired)).isSameAs(paired);
    assertThat(LoneSurrogates.replaced("a\uD800b\uDC00c\uD83C")).isEqualTo("a\uFFFDb\uFFFDc\uFFFD");
    assertThat(LoneSurrogates.replaced("\uDC00\uD83C\uDDFA")).isEqualTo("\uFFFD\uD83C\uDDFA");
    assertThat(LoneSurrogates.replaced(null)).isNull();
  }
}
