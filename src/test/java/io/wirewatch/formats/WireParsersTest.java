package io.wirewatch.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WireParsersTest {

  @Test
  void shouldRejectEmptyAndWhiteSpaceOnlyInput() {
    Fixtures.rejected(new byte[0], RejectReason.EMPTY);
    Fixtures.rejected(" \r\n\t ".getBytes(StandardCharsets.US_ASCII), RejectReason.EMPTY);
    Fixtures.rejected(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n'}, RejectReason.EMPTY);
  }

  @Test
  void shouldRejectOversizeInputBeforeParsing() {
    byte[] big = new byte[2048];
    Arrays.fill(big, (byte) '{');
    ParseResult result = new WireParsers(1024).parse(big, "big.json");

    assertThat(result).isEqualTo(new ParseResult.Rejected(RejectReason.OVERSIZE,
        "input of 2048 bytes exceeds the limit of 1024 bytes", null));
  }

  @Test
  void shouldRejectRandomBytesAsUndecodableWithoutTrustingTheName() {
    byte[] garbage = new byte[4096];
    new Random(42).nextBytes(garbage);
    garbage[0] = 0;

    Fixtures.rejected(garbage, RejectReason.UNDECODABLE);
  }

  @Test
  void shouldRejectInvalidUtf8InJsonAsUndecodable() {
    Fixtures.rejected(Fixtures.bytes("bad/invalid-utf8.json"), RejectReason.UNDECODABLE);
  }

  @Test
  void shouldNeverThrowOnHostileOrBrokenInput() {
    byte[][] inputs = {
        "{\"uri\": 5, \"headlines\": {\"a\": 1}, \"bodies\": \"x\", \"subjects\": 7}".getBytes(),
        "[1, 2, 3]".getBytes(),
        "<newsItem guid=\"g\"><contentSet><inlineXML><p>".getBytes(),
        "\u0001".getBytes(),
        "\u0016\u0016\u0001a0001 r i KEY 01-01 0001\r\n\u0002\u0003".getBytes(),
        "{".repeat(5000).getBytes(),
        "<a>".repeat(5000).getBytes()};
    for (byte[] input : inputs) {
      assertThat(Fixtures.PARSERS.parse(input, "hostile")).isInstanceOf(ParseResult.Rejected.class);
    }
  }

  @Test
  void shouldStampTheSourceOnAcceptedItems() {
    ParseResult result = Fixtures.PARSERS.parse(Fixtures.bytes("text/plain.txt"), "spool/item-1.txt");

    assertThat(((ParseResult.Accepted) result).items().get(0).source()).isEqualTo("spool/item-1.txt");
  }

  @Test
  void shouldKeepNoDateOnItemsThatCarryNone() {
    String[] undated = {
        "{\"uri\": \"urn:test:undated\", \"headline\": \"Ferry service resumes\", \"body_text\": \"Boats ran again.\"}",
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Desk</title><item><title>Ferry service resumes"
            + "</title><guid>urn:test:undated-rss</guid><description>Boats ran again.</description></item></channel></rss>",
        "Ferry service resumes\n\nBoats ran again on the northern route on Tuesday.\n"};
    for (String input : undated) {
      ParseResult result = Fixtures.PARSERS.parse(input.getBytes(StandardCharsets.UTF_8), "undated");
      assertThat(result).as(input).isInstanceOf(ParseResult.Accepted.class);
      assertThat(((ParseResult.Accepted) result).items()).allSatisfy(item -> {
        assertThat(item.versionCreated()).as("an undated item is never stamped with a time it did not carry").isNull();
        assertThat(item.firstCreated()).isNull();
      });
    }
  }

  @Test
  void shouldListTheSupportedFormats() {
    assertThat(WireParsers.supportedFormats()).containsExactly(
        "ninjs-1", "ninjs-2", "ninjs-3", "newsml-g2", "newsml-1.2", "nitf", "iptc-7901", "anpa-1312", "rss",
        "atom", "text");
  }
}
