package io.wirewatch.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class HtmlTextTest {

  @Test
  void shouldSplitParagraphsOnBlockTagsAndLineBreaks() {
    String html = "<section class=\"main\"><p>One <b>bold</b>\n  line.</p><p>Two<br/>Three</p><ul><li>Four</li></ul></section>";

    assertThat(HtmlText.paragraphs(html)).containsExactly("One bold line.", "Two", "Three", "Four");
  }

  @Test
  void shouldDecodeNamedAndNumericEntitiesAfterRemovingTags() {
    assertThat(HtmlText.inline("AT&amp;T&nbsp;&#8217;s &#x2014; &lt;b&gt; &bogus; &#0;"))
        .isEqualTo("AT&T \u2019s \u2014 <b> &bogus; \uFFFD");
  }

  @Test
  void shouldDropScriptsStylesAndHandlersNeverKeepingMarkup() {
    String html = "<p>Hi<script>alert(1)</script></p><style>p{}</style><p><img src=x onerror=\"alert(2)\"> there"
        + "<!-- note --></p><p>tail<script>unclosed";

    assertThat(HtmlText.paragraphs(html)).containsExactly("Hi", "there", "tail");
  }

  @Test
  @Timeout(5)
  void shouldStayLinearOnUnclosedTagsAndScripts() {
    assertThat(HtmlText.paragraphs("<p".repeat(300_000))).hasSize(1);
    assertThat(HtmlText.paragraphs("x<script>".repeat(100_000))).containsExactly("x");
    assertThat(HtmlText.paragraphs("<!--".repeat(200_000) + "<p>after")).isEmpty();
  }

  @Test
  void shouldReturnNothingForBlankInput() {
    assertThat(HtmlText.paragraphs(null)).isEmpty();
    assertThat(HtmlText.paragraphs("<p> </p>")).isEmpty();
  }
}
