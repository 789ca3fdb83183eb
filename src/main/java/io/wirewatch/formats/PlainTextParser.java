package io.wirewatch.formats;

import io.wirewatch.model.WireItem;
import io.wirewatch.text.PlainText;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Plain text: the first non-empty line is the headline, the rest (blank-line separated) the body.
 * Trailing boilerplate is removed ("Read More", service names such as "RFE/RL's Kazakh Service",
 * "With reporting by ...", copyright lines; Reuters-style "(Reporting by ...)" credits too, as for every
 * format). The agency is the one named by a removed service sign-off, else by the dateline, else null;
 * "With reporting by" lines name contributors, not the sender, and are ignored for this. The uri is
 * {@code urn:text:} plus a hash of the normalised headline and first paragraph, so a re-send gets the
 * same uri. Plain text has no timestamp: versionCreated is null (the pipeline stamps receivedAt).
 */
public final class PlainTextParser implements WireParser {

  @Override
  public String format() {
    return WireFormat.TEXT.id();
  }

  @Override
  public List<WireItem> parse(String text) {
    String t = text.replace("\r\n", "\n").replace('\r', '\n').strip();
    if (t.isEmpty()) {
      throw new RejectedInputException(RejectReason.EMPTY, "text is empty");
    }
    int nl = t.indexOf('\n');
    String headline = PlainText.collapse(nl < 0 ? t : t.substring(0, nl));
    List<String> paragraphs = nl < 0 ? List.of() : PlainText.paragraphs(t.substring(nl + 1));
    SignOffs.Split split = SignOffs.split(paragraphs);
    String first = split.body().isEmpty() ? "" : split.body().get(0);
    ItemBuilder b = new ItemBuilder(format())
        .uri("urn:text:" + hash(headline + "\n" + first))
        .headline(headline)
        .body(split.body());
    b.agency(agency(split.signOffs()));
    return List.of(b.build());
  }

  private static String agency(List<String> signOffs) {
    for (int i = signOffs.size() - 1; i >= 0; i--) {
      String line = signOffs.get(i);
      if (line.toLowerCase(Locale.ROOT).startsWith("with ")) {
        continue;
      }
      String name = Agencies.recognise(line);
      if (name != null) {
        return name;
      }
    }
    return null;
  }

  private static String hash(String text) {
    String normalised = PlainText.collapse(text).toLowerCase(Locale.ROOT);
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 10);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
