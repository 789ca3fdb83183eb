package io.wirewatch.formats;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.PubStatus;
import io.wirewatch.model.Subject;
import io.wirewatch.model.WireItem;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NewsMlG2ParserTest {

  @Test
  void shouldReadMetadataAndNitfBodyFromNewsItem() {
    WireItem item = Fixtures.accepted("newsml-g2/nitf-inline.xml", "newsml-g2");

    assertThat(item.uri()).isEqualTo("tag:reuters.com,2023:newsml_G2NITF1");
    assertThat(item.version()).isEqualTo("2");
    assertThat(item.versionCreated()).isEqualTo(Instant.parse("2023-04-04T10:20:00Z"));
    assertThat(item.firstCreated()).isEqualTo(Instant.parse("2023-04-04T09:00:00Z"));
    assertThat(item.agency()).isEqualTo("Reuters");
    assertThat(item.language()).isEqualTo("en");
    assertThat(item.urgency()).isEqualTo(3);
    assertThat(item.headline()).isEqualTo("UPDATE 1-Portuguese lender agrees merger");
    assertThat(item.slugline()).isEqualTo("PORTUGAL-BANKS/");
    assertThat(item.dateline()).isEqualTo("LISBON, April 4 (Reuters)");
    assertThat(item.byline()).isEqualTo("Reporting by Rui Costa");
    assertThat(item.located()).isEqualTo("Lisbon");
    assertThat(item.ednote()).isEqualTo("Adds details");
    assertThat(item.signals()).containsExactly("sig:update", "update:1");
    assertThat(item.subjects()).containsExactly(new Subject("medtop:04000000", "economy, business and finance"));
    assertThat(item.places()).containsExactly("Portugal");
    assertThat(item.body()).containsExactly(
        "LISBON, April 4 (Reuters) - Two Portuguese lenders agreed to merge on Tuesday.",
        "The deal is worth 1.2 billion euros.");
  }

  @Test
  void shouldReadXhtmlParagraphsWithoutTheHeadTitle() {
    WireItem item = Fixtures.accepted("newsml-g2/xhtml-inline.xml", "newsml-g2");

    assertThat(item.body()).containsExactly(
        "LISBON, April 4 (Reuters) - First XHTML paragraph.", "Second XHTML paragraph.");
  }

  @Test
  void shouldReadInlineDataAsPlainText() {
    WireItem item = Fixtures.accepted("newsml-g2/inline-data.xml", "newsml-g2");

    assertThat(item.body()).containsExactly(
        "LISBON, April 4 (Reuters) - Plain data paragraph one.", "Plain data paragraph two.");
  }

  @Test
  void shouldHonourDeclaredIsoLatin1Encoding() {
    WireItem item = Fixtures.accepted("newsml-g2/latin1.xml", "newsml-g2");

    assertThat(item.headline()).isEqualTo("Z\u00fcrich: Stra\u00dfenbahn entgleist");
    assertThat(item.pubStatus()).isEqualTo(PubStatus.CANCELED);
    assertThat(item.agency()).isEqualTo("dpa");
  }

  @Test
  void shouldRejectPictureItemAsNotText() {
    Fixtures.rejected(Fixtures.bytes("newsml-g2/picture.xml"), RejectReason.NOT_TEXT);
  }

  @Test
  void shouldRejectPackageItemAsNotText() {
    Fixtures.rejected(Fixtures.bytes("newsml-g2/package.xml"), RejectReason.NOT_TEXT);
  }
}
