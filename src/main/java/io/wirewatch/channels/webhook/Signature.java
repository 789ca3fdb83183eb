package io.wirewatch.channels.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The webhook signature scheme. For each attempt the sender takes the Unix time in seconds as ASCII digits
 * ({@code X-Wirewatch-Timestamp}) and sends
 * {@code X-Wirewatch-Signature: sha256=<lower-case hex of HMAC-SHA256(secret, timestamp + "." + body)>}
 * where {@code secret} is the UTF-8 bytes of the configured secret and {@code body} the exact request body
 * bytes. A receiver recomputes it over the raw body, compares in constant time and rejects timestamps
 * more than a few minutes from its clock (replays).
 */
public final class Signature {
  public static final String HEADER = "X-Wirewatch-Signature";
  public static final String TIMESTAMP = "X-Wirewatch-Timestamp";
  public static final String DELIVERY = "X-Wirewatch-Delivery";
  public static final String PREFIX = "sha256=";

  private Signature() {}

  /** The header value for {@code body} sent at {@code timestamp} (Unix seconds). */
  public static String sign(String secret, long timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
      return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  /** What a receiver does: true when {@code header} is the signature of {@code body} at {@code timestamp}. */
  public static boolean verify(String secret, String timestamp, byte[] body, String header) {
    if (header == null || timestamp == null || !timestamp.matches("\\d{1,19}")) {
      return false;
    }
    byte[] expected = sign(secret, Long.parseLong(timestamp), body).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, header.trim().getBytes(StandardCharsets.US_ASCII));
  }
}
