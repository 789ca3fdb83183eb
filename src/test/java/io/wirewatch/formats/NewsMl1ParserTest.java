package io.wirewatch.formats;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.PubStatus;
import io.wirewatch.model.Subject;
import io.wirewatch.model.WireItem;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewsMl1ParserTest {

  @Test
  void shouldReadIdentityRevisionStatusUrgencyAndNewsLinesFromNewsMl12() {
    // when
    WireItem item = Fixtures.accepted("newsml-1/afp-first.xml", "newsml-1.2");

    // then
    assertThat(item.uri()).isEqualTo("urn:newsml:afp.com:20230406:TX-PAR-NML01");
    assertThat(item.version()).isEqualTo("1");
    assertThat(item.versionCreated()).isEqualTo(Instant.parse("2023-04-06T09:15:00Z"));
    assertThat(item.firstCreated()).isEqualTo(Instant.parse("2023-04-06T09:10:00Z"));
    assertThat(item.pubStatus()).isEqualTo(PubStatus.USABLE);
    assertThat(item.urgency()).as("NewsManagement Urgency wins over the envelope Priority").isEqualTo(2);
    assertThat(item.agency()).isEqualTo("AFP");
    assertThat(item.language()).isEqualTo("en");
    assertThat(item.dateline()).isEqualTo("SANTIAGO, April 6 (AFP)");
    assertThat(item.byline()).isEqualTo("Maria LOPEZ");
    assertThat(item.slugline()).isEqualTo("Chile-quake");
    assertThat(item.subjects()).containsExactly(new Subject("subj:06000000", null));
    assertThat(item.places()).containsExactly("Chile");
  }

  @Test
  void shouldGiveEveryRevisionTheSameUriAndReadInstructionAndEditorialNote() {
    // given
    WireItem first = Fixtures.accepted("newsml-1/afp-first.xml", "newsml-1.2");

    // when
    WireItem correction = Fixtures.accepted("newsml-1/afp-correction.xml", "newsml-1.2");
    WireItem kill = Fixtures.accepted("newsml-1/canceled.xml", "newsml-1.2");

    // then
    assertThat(correction.uri()).isEqualTo(first.uri());
    assertThat(kill.uri()).isEqualTo(first.uri());
    assertThat(correction.signals()).contains("sig:correction");
    assertThat(correction.ednote()).isEqualTo("Corrects magnitude to 6.1");
    assertThat(correction.firstCreated()).as("FirstCreated missing is tolerated").isNull();
    assertThat(kill.pubStatus()).isEqualTo(PubStatus.CANCELED);
  }

  @Test
  void shouldReturnOneItemPerTextNewsItemAndSkipPhotos() {
    // when
    ParseResult.Accepted result = (ParseResult.Accepted) Fixtures.parse("newsml-1/two-items.xml");

    // then
    assertThat(result.items()).extracting(WireItem::headline)
        .containsExactly("Avalanche blocks Arlberg pass", "Vienna opera strike called off");
    assertThat(result.items()).extracting(WireItem::urgency).containsOnly(5);
  }

  @Test
  void shouldDropTheRevisionFromAPublicIdentifier() {
    assertThat(NewsMl1Parser.withoutRevision("urn:newsml:afp.com:20230406:TX-1:2N"))
        .isEqualTo("urn:newsml:afp.com:20230406:TX-1");
  }

  @Test
  void shouldRejectANewsMlDocumentWithoutTextAsNotText() {
    Fixtures.rejected(Fixtures.bytes("newsml-1/photo-only.xml"), RejectReason.NOT_TEXT);
  }

  @Test
  void shouldStillRefuseADoctypeWithAnInternalSubset() {
    String xml = "<?xml version=\"1.0\"?><!DOCTYPE NewsML [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
        + "<NewsML><NewsItem/></NewsML>";

    Fixtures.rejected(xml.getBytes(), RejectReason.DTD_FORBIDDEN);
  }

  @Test
  void shouldRefuseAnEntityThatOnlyAnExternalDtdCouldDefineWithoutFetchingIt() {
    String xml = "<!DOCTYPE NewsML SYSTEM \"http://example.invalid/evil.dtd\"><NewsML><NewsItem><Identification>"
        + "<NewsIdentifier><ProviderId>x</ProviderId><NewsItemId>1</NewsItemId></NewsIdentifier></Identification>"
        + "<NewsComponent><NewsLines><HeadLine>&xxe;</HeadLine></NewsLines></NewsComponent></NewsItem></NewsML>";

    ParseResult.Rejected rejected = Fixtures.rejected(xml.getBytes(), RejectReason.MALFORMED_XML);

    assertThat(rejected.message()).contains("\"xxe\"", "not declared");
  }

  @Test
  void shouldMapNewsMlInstructionsToSignals() {
    assertThat(List.of("Correction", "Rectification", "Kill", "Update", "Lift embargo"))
        .map(NewsMl1Parser::instructionSignal)
        .containsExactly("sig:correction", "sig:correction", "kill", "sig:update", null);
  }
}
