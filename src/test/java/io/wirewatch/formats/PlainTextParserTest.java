package io.wirewatch.formats;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.WireItem;
import org.junit.jupiter.api.Test;

class PlainTextParserTest {

  @Test
  void shouldTakeFirstLineAsHeadlineAndDropTrailingBoilerplate() {
    WireItem item = Fixtures.accepted("text/plain.txt", "text");

    assertThat(item.headline()).isEqualTo("Town Council Approves New Bridge");
    assertThat(item.body()).containsExactly(
        "The town council on Monday approved a new bridge over the river.", "Work will start in May.");
    assertThat(item.agency()).as("from the service sign-off, not the contributing agency").isEqualTo("RFE/RL");
    assertThat(item.versionCreated()).isNull();
    assertThat(item.uri()).startsWith("urn:text:");
  }

  @Test
  void shouldGiveTheSameUriToTheSameTextWhateverItsWhiteSpace() {
    PlainTextParser parser = new PlainTextParser();

    WireItem a = parser.parse("Headline here\n\nFirst paragraph of the story.\n\nSecond.").get(0);
    WireItem b = parser.parse("Headline  here\r\n\r\nFirst paragraph\nof the story.\r\n\r\nChanged second.").get(0);
    WireItem c = parser.parse("Another headline\n\nFirst paragraph of the story.").get(0);

    assertThat(b.uri()).isEqualTo(a.uri());
    assertThat(c.uri()).isNotEqualTo(a.uri());
    assertThat(a.agency()).isNull();
  }
}
