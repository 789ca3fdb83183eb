package io.wirewatch.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FormatDetectorTest {
  private final FormatDetector detector = new FormatDetector();

  private WireFormat detect(String text) {
    return detector.detect(text.getBytes(StandardCharsets.UTF_8)).format();
  }

  @Test
  void shouldDetectNinjsVersionFromStandardField() {
    assertThat(detect("{\"$standard\": {\"version\": \"1.4\"}, \"bodies\": []}")).isEqualTo(WireFormat.NINJS_1);
    assertThat(detect("{\"standard\": {\"version\": \"2.0\"}}")).isEqualTo(WireFormat.NINJS_2);
    assertThat(detect("{\"standard\": {\"version\": \"3.0\"}, \"headline\": \"x\"}")).isEqualTo(WireFormat.NINJS_3);
  }

  @Test
  void shouldDetectNinjsVersionFromShapeWithoutStandardField() {
    assertThat(detect("{\"uri\": \"u\", \"headline\": \"h\", \"body_html\": \"<p>b</p>\"}")).isEqualTo(WireFormat.NINJS_1);
    assertThat(detect("{\"uri\": \"u\", \"headlines\": [], \"versioncreated\": \"x\"}")).isEqualTo(WireFormat.NINJS_2);
    assertThat(detect("{\"uri\": \"u\", \"headlines\": [], \"versionCreated\": \"x\"}")).isEqualTo(WireFormat.NINJS_3);
  }

  @Test
  void shouldDetectXmlByRootElementAndSkipBom() {
    assertThat(detect("\uFEFF<?xml version=\"1.0\"?>\n<newsItem guid=\"g\"/>")).isEqualTo(WireFormat.NEWSML_G2);
    assertThat(detect("  <!-- c --><nitf/>")).isEqualTo(WireFormat.NITF);
    assertThat(detect("<rss version=\"2.0\"/>")).isEqualTo(WireFormat.RSS);
    assertThat(detect("<feed xmlns=\"http://www.w3.org/2005/Atom\"/>")).isEqualTo(WireFormat.ATOM);
    assertThat(detect("<NewsML Version=\"1.2\"/>")).isEqualTo(WireFormat.NEWSML_1);
    assertThatThrownBy(() -> detect("<html/>"))
        .isInstanceOfSatisfying(RejectedInputException.class,
            e -> assertThat(e.reason()).isEqualTo(RejectReason.UNKNOWN_FORMAT));
    assertThat(detect("<newsMessage/>")).isEqualTo(WireFormat.NEWSML_G2);
    assertThatThrownBy(() -> detect("<packageItem/>"))
        .isInstanceOfSatisfying(RejectedInputException.class,
            e -> assertThat(e.reason()).isEqualTo(RejectReason.NOT_TEXT));
  }

  @Test
  void shouldTellAnpaFrom7901ByTheirControlCharactersAndHeaders() {
    assertThat(detect("\u0016\u0016\u0001a0107 u i BC-Key 09-13 0218\r\n\u0002text\u0003")).isEqualTo(WireFormat.ANPA_1312);
    assertThat(detect("\u0001dpa0318 3 pl 0112 /dpa-EN07\r\n\u0002text\u0003")).isEqualTo(WireFormat.IPTC_7901);
    assertThat(detect("\u0001AFP0612 3 POL 0102 /AFP-TX91\r\n\u0002text\u0003")).isEqualTo(WireFormat.IPTC_7901);
  }

  @Test
  void shouldTreatOtherTextAsPlainTextAndBinaryAsUndecodable() {
    assertThat(detect("Headline\n\nBody.")).isEqualTo(WireFormat.TEXT);
    byte[] binary = {0x00, 0x33, 0x56, 0x5f, (byte) 0xa4, 0x1f, 0x00, (byte) 0xa6};
    assertThatThrownBy(() -> detector.detect(binary))
        .isInstanceOfSatisfying(RejectedInputException.class,
            e -> assertThat(e.reason()).isEqualTo(RejectReason.UNDECODABLE));
  }

  @Test
  void shouldNameTheByteOffsetOfInvalidUtf8InJson() {
    assertThatThrownBy(() -> detector.detect(Fixtures.bytes("bad/invalid-utf8.json")))
        .isInstanceOfSatisfying(RejectedInputException.class, e -> {
          assertThat(e.reason()).isEqualTo(RejectReason.UNDECODABLE);
          assertThat(e.getMessage()).isEqualTo("invalid UTF-8 at byte 57");
        });
  }
}
