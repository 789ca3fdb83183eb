package io.wirewatch.formats;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.WireItem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Test fixtures under src/test/resources/formats and a parse helper. */
final class Fixtures {
  static final WireParsers PARSERS = new WireParsers(WireParsers.DEFAULT_MAX_BYTES);

  private Fixtures() {}

  static byte[] bytes(String path) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/formats/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ParseResult parse(String path) {
    return PARSERS.parse(bytes(path), path);
  }

  /** Parses a fixture that must be accepted with the given format, and returns its single item. */
  static WireItem accepted(String path, String format) {
    ParseResult result = parse(path);
    assertThat(result).isInstanceOf(ParseResult.Accepted.class);
    ParseResult.Accepted accepted = (ParseResult.Accepted) result;
    assertThat(accepted.format()).isEqualTo(format);
    assertThat(accepted.items()).hasSize(1);
    WireItem item = accepted.items().get(0);
    assertThat(item.format()).isEqualTo(format);
    assertThat(item.source()).isEqualTo(path);
    return item;
  }

  /** Parses a fixture or bytes that must be rejected, and returns the rejection. */
  static ParseResult.Rejected rejected(byte[] bytes, RejectReason reason) {
    ParseResult result = PARSERS.parse(bytes, "test");
    assertThat(result).isInstanceOf(ParseResult.Rejected.class);
    ParseResult.Rejected rejected = (ParseResult.Rejected) result;
    assertThat(rejected.reason()).as(rejected.message()).isEqualTo(reason);
    assertThat(rejected.message()).isNotBlank();
    return rejected;
  }
}
