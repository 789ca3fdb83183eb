package io.wirewatch.channels.email;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.channels.Message;
import io.wirewatch.channels.TestAlerts;
import java.util.List;
import org.junit.jupiter.api.Test;

class MailContentTest {
  private static final String URL = "https://wire.example/stories/{story}";

  @Test
  void shouldWriteAPlainTextPartWithEveryFieldOfTheAlert() {
    Message m = Message.of("mail", List.of(TestAlerts.figure("a1", "story 1", 49, 105)));

    assertThat(MailContent.subject("[wirewatch]", m)).isEqualTo("[wirewatch] HIGH: Armenian troops killed: 49 -> 105");
    assertThat(MailContent.text(m, URL)).isEqualTo("""
        Armenian troops killed: 49 -> 105
        Armenia says soldiers killed

        What changed: 49 -> 105
        Severity: high
        Agencies: Reuters, AP
        Alert: figure changed

        Reuters raised the toll.

        \u201CArmenia said 105 soldiers were killed.\u201D \u2014 Reuters, 010.json

        Story: https://wire.example/stories/story%201
        """);
  }

  @Test
  void shouldEscapeWireTextInTheHtmlPart() {
    Message m = Message.of("mail", List.of(TestAlerts.hostile("k1", "s2")));

    String html = MailContent.html(m, URL);

    assertThat(html).doesNotContain("<script>").doesNotContain("<b>now")
        .contains("<h2>KILL: &lt;!channel&gt; story withdrawn &lt;b&gt;now&lt;/b&gt;</h2>")
        .contains("<p>Reason: &lt;!here&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt;</p>")
        .contains("<blockquote>&lt;script&gt;alert(&#39;k&#39;)&lt;/script&gt; legal</blockquote>")
        .contains("<a href=\"https://wire.example/stories/s2\">Open the story</a>");
  }

  @Test
  void shouldKeepTheSubjectOnOneLineWhateverTheWireSays() {
    var a = TestAlerts.hostile("k1", "s2");
    var injected = new io.wirewatch.model.Alert(a.id(), a.type(), a.severity(), a.story(), a.storyHeadline(),
        a.itemUri(), a.source(), a.agency(), a.agencies(), "Kill\r\nBcc: everyone@example.org", a.text(), null,
        a.raisedAt(), a.receivedAt(), a.details());

    String subject = MailContent.subject("[wirewatch]", Message.of("mail", List.of(injected)));

    // the address carries a zero-width space after the @ so no mail client turns it into a link
    assertThat(subject).isEqualTo("[wirewatch] CRITICAL: Kill Bcc: everyone@\u200Bexample.org").doesNotContain("\n");
  }

  @Test
  void shouldTitleADigestWithItsSize() {
    Message m = Message.of("mail", List.of(TestAlerts.figure("a1", "s1", 1, 2), TestAlerts.hostile("k1", "s2")));

    assertThat(MailContent.subject("[wirewatch]", m)).isEqualTo("[wirewatch] digest: 2 alerts");
    assertThat(MailContent.html(m, URL)).contains("<h2>wirewatch digest: 2 alerts</h2>").contains("<h3>");
  }
}
