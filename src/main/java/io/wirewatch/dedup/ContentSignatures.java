package io.wirewatch.dedup;

import io.wirewatch.model.ContentSignature;
import io.wirewatch.model.WireItem;
import io.wirewatch.text.TextNormalizer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Fingerprints an item's text for duplicate detection. The body is what is compared (a syndicated copy
 * keeps the text under another headline); a body too short to tell items apart is fingerprinted together
 * with its headline, so two different flashes never look alike.
 */
public final class ContentSignatures {
  /** Bodies with fewer words are fingerprinted with the headline. */
  static final int MIN_BODY_WORDS = 25;

  private final MinHasher hasher;

  public ContentSignatures(MinHasher hasher) {
    this.hasher = hasher;
  }

  /** 128 hashes over 4-word shingles. */
  public static ContentSignatures standard() {
    return new ContentSignatures(new MinHasher(128, 4));
  }

  public ContentSignature of(WireItem item) {
    List<String> words = TextNormalizer.words(item.bodyText());
    if (words.size() < MIN_BODY_WORDS) {
      words = TextNormalizer.words(item.headline() + "\n" + item.bodyText());
    }
    List<String> numbers = words.stream().filter(w -> Character.isDigit(w.charAt(0))).sorted().toList();
    return new ContentSignature(sha256(String.join(" ", words)), hasher.signature(words), numbers, words.size());
  }

  private static String sha256(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
