package io.wirewatch.formats;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.WireItem;
import io.wirewatch.text.CombiningMarks;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A headline of tens of thousands of combining marks made every {@code \b} pattern quadratic (minutes per
 * item). The parsers now hand on at most {@link CombiningMarks#MAX_RUN} marks in a row, whether the marks
 * arrive as characters, JSON escapes or XML character references. The timeout only guards against a hang.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PathologicalHeadlineTest {
  private static final String MARKS = "\u0301".repeat(40_000);
  private static final Pattern LONG_RUN = Pattern.compile("\\p{M}{31}");

  private static WireItem parsed(String input) {
    ParseResult result = Fixtures.PARSERS.parse(input.getBytes(StandardCharsets.UTF_8), "zalgo");
    assertThat(result).isInstanceOf(ParseResult.Accepted.class);
    return ((ParseResult.Accepted) result).items().get(0);
  }

  private static void assertBounded(WireItem item) {
    assertThat(item.headline()).startsWith("Kill").hasSizeLessThan(100);
    assertThat(LONG_RUN.matcher(item.headline()).find()).isFalse();
    assertThat(item.body()).allSatisfy(p -> assertThat(LONG_RUN.matcher(p).find()).isFalse());
  }

  @Test
  void shouldBoundAPlainTextHeadlineOfCombiningMarks() {
    assertBounded(parsed("Kill" + MARKS + " withdrawn\n\nRiver rises" + MARKS + " in the valley.\n"));
  }

  @Test
  void shouldBoundMarksThatArriveAsJsonEscapes() {
    String escaped = "\\u0301".repeat(40_000);
    assertBounded(parsed("{\"uri\":\"urn:z\",\"type\":\"text\",\"versioncreated\":\"2022-09-13T06:00:00Z\","
        + "\"headline\":\"Kill" + escaped + " AFP\",\"body_text\":\"Reuters" + escaped + " dpa\"}"));
  }

  @Test
  void shouldBoundMarksThatArriveAsXmlCharacterReferences() {
    String refs = "&#x301;".repeat(40_000);
    assertBounded(parsed("<?xml version=\"1.0\"?><nitf><head><docdata><doc-id id-string=\"urn:n\"/></docdata>"
        + "</head><body><body.head><hedline><hl1>Kill" + refs + " AP</hl1></hedline></body.head>"
        + "<body.content><p>Associated Press" + refs + " report.</p></body.content></body></nitf>"));
  }

  @Test
  void shouldMendHalfASurrogatePairSoTheItemCanBeWrittenAsUtf8() throws Exception {
    WireItem item = parsed("{\"uri\":\"urn:s\",\"type\":\"text\",\"versioncreated\":\"2022-09-13T06:00:00Z\","
        + "\"headline\":\"Kill \\ud800 switch\",\"body_text\":\"Half \\udc00 pair.\"}");
    assertThat(item.headline()).isEqualTo("Kill \uFFFD switch");
    assertThat(new String(io.wirewatch.model.Json.mapper().writeValueAsBytes(item), StandardCharsets.UTF_8))
        .contains("Half \uFFFD pair.");
  }
}
