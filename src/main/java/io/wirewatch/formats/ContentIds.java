package io.wirewatch.formats;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * An identity for an item whose format gave it none: a hash of its headline and body, so the same text
 * sent twice gets the same uri (and is recognised as a re-send) while different texts never share one.
 */
final class ContentIds {
  private ContentIds() {}

  /** {@code <prefix>:sha256:<first 16 bytes, hex>} over the headline and paragraphs. */
  static String of(String prefix, String headline, List<String> body) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update((headline == null ? "" : headline.strip()).getBytes(StandardCharsets.UTF_8));
      for (String p : body) {
        sha.update((byte) '\n');
        sha.update(p.strip().getBytes(StandardCharsets.UTF_8));
      }
      byte[] digest = sha.digest();
      return prefix + ":sha256:" + HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
