package io.wirewatch.channels.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.channels.Message;
import io.wirewatch.channels.TestAlerts;
import io.wirewatch.model.Alert;
import io.wirewatch.model.Json;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignatureTest {
  private static final String SECRET = "0123456789abcdef-secret";
  private static final byte[] BODY = "{\"id\":\"a1\"}".getBytes(StandardCharsets.UTF_8);

  @Test
  void shouldSignTimestampDotBodyWithHmacSha256AsDocumented() {
    // expected value computed independently: python3 hmac.new(secret, b"1663146000." + body, sha256)
    assertThat(Signature.sign(SECRET, 1663146000L, BODY))
        .isEqualTo("sha256=c215638f84f9d43906a43b3bf6bf517d7f88484d104f3b6d0c6b84686eab855b");
  }

  @Test
  void shouldVerifyOnlyTheExactBodyTimestampAndSecret() {
    String sig = Signature.sign(SECRET, 1663146000L, BODY);

    assertThat(Signature.verify(SECRET, "1663146000", BODY, sig)).isTrue();
    assertThat(Signature.verify(SECRET, "1663146001", BODY, sig)).isFalse();
    assertThat(Signature.verify("another-secret-value", "1663146000", BODY, sig)).isFalse();
    assertThat(Signature.verify(SECRET, "1663146000", "{\"id\":\"a2\"}".getBytes(StandardCharsets.UTF_8), sig))
        .isFalse();
    assertThat(Signature.verify(SECRET, "16631460.00", BODY, sig)).isFalse();
  }

  @Test
  void shouldSendTheAlertJsonAsOnTheTopicAndAnArrayForADigest() throws Exception {
    Alert a = TestAlerts.figure("a1", "s1", 49, 105);
    Alert k = TestAlerts.hostile("k1", "s2");

    byte[] single = WebhookChannel.body(Message.of("hook", List.of(a)));
    byte[] digest = WebhookChannel.body(Message.of("hook", List.of(a, k)));

    assertThat(Json.mapper().readValue(single, Alert.class)).isEqualTo(a);
    assertThat(single).isEqualTo(Json.mapper().writeValueAsBytes(a));
    assertThat(Json.mapper().readTree(digest).isArray()).isTrue();
    assertThat(Json.mapper().readValue(digest, Alert[].class)).containsExactly(a, k);
  }
}
