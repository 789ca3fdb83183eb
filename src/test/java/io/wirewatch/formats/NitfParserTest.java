package io.wirewatch.formats;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.Subject;
import io.wirewatch.model.WireItem;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NitfParserTest {

  @Test
  void shouldReadIdentityVersionAndTimesFromDocdata() {
    WireItem item = Fixtures.accepted("nitf/afp.xml", "nitf");

    assertThat(item.uri()).isEqualTo("urn:newsml:afp.com:20230405:TX-PAR-NITF1");
    assertThat(item.version()).isEqualTo("2");
    assertThat(item.versionCreated()).isEqualTo(Instant.parse("2023-04-05T06:15:00Z"));
    assertThat(item.firstCreated()).isEqualTo(Instant.parse("2023-04-05T06:00:00Z"));
    assertThat(item.urgency()).isEqualTo(2);
    assertThat(item.agency()).isEqualTo("AFP");
    assertThat(item.language()).isEqualTo("en");
  }

  @Test
  void shouldReadHeadlineBodyAndEditorialMarkers() {
    WireItem item = Fixtures.accepted("nitf/afp.xml", "nitf");

    assertThat(item.headline()).isEqualTo("Sudan fighting kills 12 in Khartoum");
    assertThat(item.byline()).isEqualTo("Jean DUPONT AFP");
    assertThat(item.dateline()).isEqualTo("KHARTOUM, Sudan");
    assertThat(item.located()).isEqualTo("KHARTOUM");
    assertThat(item.body()).containsExactly(
        "Khartoum (AFP) - Fighting killed 12 people in Khartoum on Wednesday, medics said.",
        "Residents said shelling continued overnight.");
    assertThat(item.ednote()).isEqualTo("Corrects toll in paragraph 1");
    assertThat(item.signals()).containsExactly("series:sudan crisis", "sig:correction");
    assertThat(item.subjects()).containsExactly(new Subject("subj:16000000", "conflict, war and peace"));
  }

  @Test
  void shouldIdentifyNitfWithoutDocIdByItsContentSoTheSameTextKeepsItsUri() {
    WireItem item = Fixtures.accepted("nitf/no-doc-id.xml", "nitf");
    WireItem again = Fixtures.accepted("nitf/no-doc-id.xml", "nitf");
    String other = "<nitf><body><body.head><hedline><hl1>No id</hl1></hedline></body.head>"
        + "<body.content><p>Other text.</p></body.content></body></nitf>";
    WireItem different = ((ParseResult.Accepted) new WireParsers(WireParsers.DEFAULT_MAX_BYTES)
        .parse(other.getBytes(java.nio.charset.StandardCharsets.UTF_8), "other.xml")).items().get(0);

    assertThat(item.uri()).startsWith("nitf:sha256:").isEqualTo(again.uri()).isNotEqualTo(different.uri());
  }

  @Test
  void shouldTakeIdentityFromTheDuKeyWhenTheDocIdHasNoIdString() {
    String xml = "<nitf><head><docdata><doc-id regsrc=\"XX\"/><du-key key=\"harbour-fire\" version=\"2\"/>"
        + "</docdata></head><body><body.head><hedline><hl1>Harbour fire</hl1></hedline></body.head>"
        + "<body.content><p>A fire broke out.</p></body.content></body></nitf>";
    WireItem item = ((ParseResult.Accepted) new WireParsers(WireParsers.DEFAULT_MAX_BYTES)
        .parse(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8), "f.xml")).items().get(0);

    assertThat(item.uri()).isEqualTo("nitf:du-key:harbour-fire");
    assertThat(item.version()).isEqualTo("2");
    assertThat(item.agency()).isEqualTo("XX");
  }
}
