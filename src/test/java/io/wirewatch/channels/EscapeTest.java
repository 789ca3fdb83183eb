package io.wirewatch.channels;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EscapeTest {

  @Test
  void shouldEscapeTheThreeSlackControlCharactersSoChannelMentionsNeverPing() {
    assertThat(Escape.slack("<!channel> Q&A <@U123> 49 -> 105"))
        .isEqualTo("&lt;!channel&gt; Q&amp;A &lt;@U123&gt; 49 -&gt; 105");
  }

  @Test
  void shouldEscapeMarkupQuotesAndAmpersandsForHtml() {
    assertThat(Escape.html("<script>alert('x')</script> & \"q\""))
        .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
  }

  @Test
  void shouldTurnLineBreaksAndTerminalEscapesIntoSpacesOnASingleLine() {
    assertThat(Escape.singleLine("Bcc: x@y\r\nSubject\u001b[31m red\u2028end")).isEqualTo("Bcc: x@y Subject [31m red end");
  }

  @Test
  void shouldCutLongTextWithAnEllipsisAndKeepShortTextAsItIs() {
    assertThat(Escape.truncate("abcdef", 4)).isEqualTo("abc\u2026");
    assertThat(Escape.truncate("abc", 4)).isEqualTo("abc");
  }
}
