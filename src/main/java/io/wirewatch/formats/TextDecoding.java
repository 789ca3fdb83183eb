package io.wirewatch.formats;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict byte-to-text decoding: errors are reported with their byte offset, never replaced silently. */
final class TextDecoding {
  private TextDecoding() {}

  /** Decodes strictly; an invalid sequence is an UNDECODABLE rejection naming the byte offset. */
  static String strict(byte[] bytes, int offset, Charset charset) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate((int) (in.remaining() * (double) decoder.maxCharsPerByte()) + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw new RejectedInputException(RejectReason.UNDECODABLE,
          "invalid " + charset.name() + " at byte " + in.position());
    }
    return out.flip().toString();
  }

  /**
   * The charset to decode with when {@code declared} is contradicted by the bytes: a single-byte
   * declaration (ISO-8859-x, windows-125x, US-ASCII) over bytes that are valid UTF-8 and contain
   * multi-byte sequences is UTF-8 (the declaration was copied from a template); a UTF-8 declaration over
   * invalid UTF-8 is windows-1252 (a superset of ISO-8859-1 for text). Otherwise the declaration stands.
   */
  static Charset sniff(byte[] bytes, int offset, Charset declared) {
    boolean utf8 = isUtf8(bytes, offset);
    if (declared.equals(StandardCharsets.UTF_8)) {
      return utf8 ? declared : Charset.forName("windows-1252");
    }
    boolean singleByte = declared.equals(StandardCharsets.ISO_8859_1) || declared.equals(StandardCharsets.US_ASCII)
        || declared.name().startsWith("ISO-8859-") || declared.name().startsWith("windows-125");
    return singleByte && utf8 && hasHighBytes(bytes, offset) ? StandardCharsets.UTF_8 : declared;
  }

  private static boolean hasHighBytes(byte[] bytes, int offset) {
    for (int i = offset; i < bytes.length; i++) {
      if (bytes[i] < 0) {
        return true;
      }
    }
    return false;
  }

  /** Strict UTF-8 when valid, else ISO-8859-1 (which decodes every byte); for 7901/ANPA and plain text. */
  static String utf8OrLatin1(byte[] bytes, int offset) {
    return isUtf8(bytes, offset)
        ? new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8)
        : new String(bytes, offset, bytes.length - offset, StandardCharsets.ISO_8859_1);
  }

  static boolean isUtf8(byte[] bytes, int offset) {
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
