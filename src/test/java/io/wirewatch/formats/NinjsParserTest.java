package io.wirewatch.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirewatch.model.PubStatus;
import io.wirewatch.model.Subject;
import io.wirewatch.model.WireItem;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NinjsParserTest {

  @Test
  void shouldReadHtmlBodyAndMetadataFromNinjs1() {
    WireItem item = Fixtures.accepted("ninjs-1/dpa-html.json", "ninjs-1");

    assertThat(item.uri()).isEqualTo("urn:newsml:dpa.com:20090101:230401-99-000001");
    assertThat(item.version()).isEqualTo("2");
    assertThat(item.versionCreated()).isEqualTo(Instant.parse("2023-04-01T07:30:00Z"));
    assertThat(item.firstCreated()).isEqualTo(Instant.parse("2023-04-01T08:00:00Z"));
    assertThat(item.agency()).isEqualTo("dpa");
    assertThat(item.headline()).isEqualTo("Ferry runs aground off Sylt, 40 passengers rescued");
    assertThat(item.body()).containsExactly(
        "Westerland (dpa) - A ferry ran aground off the island of Sylt on Saturday & all 40 passengers"
            + " were rescued, police said.",
        "The ship\u2019s captain was not hurt.",
        "Salvage teams were on the way.");
    assertThat(item.dateline()).isEqualTo("Westerland (dpa)");
    assertThat(item.subjects()).containsExactly(
        new Subject("medtop:03000000", "disaster, accident and emergency incident"));
    assertThat(item.places()).containsExactly("Germany", "Sylt");
    assertThat(item.ednote()).startsWith("Corrects");
    assertThat(item.signals()).containsExactly("sig:correction");
  }

  @Test
  void shouldSplitPlainBodyTextAndDropAfpSignOffInNinjs1() {
    WireItem item = Fixtures.accepted("ninjs-1/afp-text.json", "ninjs-1");

    assertThat(item.agency()).isEqualTo("AFP");
    assertThat(item.body()).containsExactly(
        "Brest (AFP) - France's last lighthouse keeper retired on Saturday.", "He said he would miss the sea.");
  }

  @Test
  void shouldReadVersionAndStatusFromNinjs2() {
    WireItem item = Fixtures.accepted("ninjs-2/reuters-update.json", "ninjs-2");

    assertThat(item.uri()).isEqualTo("tag:reuters.com,2023:newsml_TEST0001");
    assertThat(item.version()).isEqualTo("3");
    assertThat(item.pubStatus()).isEqualTo(PubStatus.USABLE);
    assertThat(item.urgency()).isEqualTo(2);
    assertThat(item.agency()).isEqualTo("Reuters");
    assertThat(item.headline()).isEqualTo("UPDATE 2-Dam bursts in northern Italy, villages evacuated");
    assertThat(item.signals()).containsExactly("update:2");
    assertThat(item.byline()).isEqualTo("Reporting by Anna Rossi");
    assertThat(item.body()).containsExactly(
        "MILAN, April 2 (Reuters) - A dam burst in northern Italy on Sunday, forcing the evacuation of three villages.",
        "\"We heard a roar,\" a resident said.");
    assertThat(item.dateline()).isEqualTo("MILAN, April 2 (Reuters)");
    assertThat(item.subjects()).extracting(Subject::code).containsExactly("medtop:03000000");
  }

  @Test
  void shouldPreferPlainTextBodyAndReadKillFromNinjs2() {
    WireItem item = Fixtures.accepted("ninjs-2/ap-plain-bodies.json", "ninjs-2");

    assertThat(item.body()).containsExactly("First paragraph.", "Second paragraph.");
    assertThat(item.pubStatus()).isEqualTo(PubStatus.CANCELED);
    assertThat(item.signals()).containsExactly("kill");
    assertThat(item.agency()).as("from the byline, as there is no copyright holder").isEqualTo("AP");
  }

  @Test
  void shouldReadCamelCaseFieldsFromNinjs3() {
    WireItem item = Fixtures.accepted("ninjs-3/camel.json", "ninjs-3");

    assertThat(item.versionCreated()).isEqualTo(Instant.parse("2023-04-03T07:45:00Z"));
    assertThat(item.firstCreated()).isEqualTo(Instant.parse("2023-04-03T07:00:00Z"));
    assertThat(item.pubStatus()).isEqualTo(PubStatus.WITHHELD);
    assertThat(item.agency()).isEqualTo("AFP");
    assertThat(item.ednote()).isEqualTo("Withhold pending verification");
    assertThat(item.subjects()).containsExactly(new Subject("medtop:20000139", "fire"), new Subject("ES", "Spain"));
    assertThat(item.body()).hasSize(2);
  }

  @Test
  void shouldRejectPictureWithoutTextAsNotText() {
    Fixtures.rejected(Fixtures.bytes("ninjs-2/picture.json"), RejectReason.NOT_TEXT);
  }

  @Test
  void shouldRejectItemWithoutUriAsSchemaInvalid() {
    ParseResult.Rejected rejected =
        Fixtures.rejected(Fixtures.bytes("ninjs-2/missing-uri.json"), RejectReason.SCHEMA_INVALID);

    assertThat(rejected.message()).isEqualTo("ninjs item has neither uri nor guid");
  }

  @Test
  void shouldRejectItemWithoutHeadlineAndBodyAsEmptyBody() {
    NinjsParser parser = new NinjsParser(WireFormat.NINJS_2);

    assertThatThrownBy(() -> parser.parse("{\"uri\": \"urn:x\", \"type\": \"text\", \"headlines\": []}"))
        .isInstanceOfSatisfying(RejectedInputException.class,
            e -> assertThat(e.reason()).isEqualTo(RejectReason.EMPTY_BODY));
  }

  @Test
  void shouldReportLineAndColumnOfMalformedJson() {
    ParseResult.Rejected rejected = Fixtures.rejected(Fixtures.bytes("bad/truncated.json"), RejectReason.MALFORMED_JSON);

    assertThat(rejected.message()).contains("line 3, column");
  }

  @Test
  void shouldRejectTrailingGarbageAfterTheObject() {
    Fixtures.rejected("{\"uri\": \"urn:x\", \"headline\": \"h\"} {".getBytes(), RejectReason.MALFORMED_JSON);
  }
}
