package io.wirewatch.ingest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Record keys derived from content: the same bytes always get the same key, so a re-send after a crash
 * or a second push of the same file is recognisable downstream (the versions stage calls it a duplicate).
 */
public final class ContentKeys {
  private ContentKeys() {}

  /** "sha256:" and the hex SHA-256 of the bytes. */
  public static String of(byte[] bytes) {
    try {
      return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
