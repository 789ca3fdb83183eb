package io.wirewatch.channels;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.channels.console.ConsoleChannel;
import io.wirewatch.channels.email.MailContent;
import io.wirewatch.channels.slack.SlackBlocks;
import io.wirewatch.channels.teams.AdaptiveCards;
import io.wirewatch.channels.webhook.WebhookChannel;
import io.wirewatch.model.Alert;
import io.wirewatch.model.AlertDetails;
import io.wirewatch.model.AlertType;
import io.wirewatch.model.Severity;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Wire text written to mislead or to act on the receiving side, through every channel: no bidi control
 * reaches a reader, and nothing renders as a link, a mention or markup.
 */
class HostileWireTextTest {
  private static final String URL = "https://wire.example/stories/{story}";
  private static final Pattern BIDI = Pattern.compile("[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]");
  private static final Pattern BARE_LINK = Pattern.compile("(?i)https?://(?!wire\\.example)|www\\.|\\w@\\w");

  /** A headline that reads reversed, a Markdown link, a mention, emphasis and a bare URL. */
  private static Alert hostile() {
    String headline = "Quake \u202Eserohs ffo\u202C hits [official update](https://phish.example/a) "
        + "**URGENT** @channel <!here> _now_ ~x~ `code` www.phish.example desk@phish.example";
    return new Alert("h1", AlertType.KILL, Severity.CRITICAL, "s9", "\u2066Isolated\u2069 story \u200F",
        "urn:k:9", "kill.json", "Reuters", List.of("Reuters"), headline,
        "See [here](http://phish.example) \u202Atext\u202C {{DATE(2017-02-14T06:08:39Z, SHORT)}}", null,
        TestAlerts.AT, TestAlerts.AT, new AlertDetails.Kill("urn:k:8", headline, "reason \u202E<b>x</b>"));
  }

  private static Message message() {
    return Message.of("any", List.of(hostile()));
  }

  @Test
  void shouldShowNoBidiControlNoLinkAndNoMarkupInSlack() {
    String json = SlackBlocks.payload(message(), URL).toString();
    String texts = SlackBlocks.payload(message(), URL).findValuesAsText("text").toString();

    assertThat(BIDI.matcher(json).find()).isFalse();
    assertThat(BARE_LINK.matcher(texts).find()).isFalse();
    assertThat(texts).doesNotContain("<!here>", "**", "_now_", "~x~", "`code`", "<https://phish");
    assertThat(json).contains("\"verbatim\":true");
  }

  @Test
  void shouldShowNoBidiControlNoLinkAndNoMarkdownInTeams() {
    String json = AdaptiveCards.payload(message(), URL).toString();
    String texts = String.join("\n", AdaptiveCards.payload(message(), URL).findValuesAsText("text"))
        + String.join("\n", AdaptiveCards.payload(message(), URL).findValuesAsText("value"));

    assertThat(BIDI.matcher(json).find()).isFalse();
    assertThat(BARE_LINK.matcher(texts).find()).isFalse();
    assertThat(texts).contains("\\[official update\\]").contains("\\*\\*URGENT\\*\\*").contains("\\{\\{DATE")
        .doesNotContainPattern("(?<!\\\\)\\]\\(").doesNotContainPattern("(?<!\\\\)\\{\\{");
  }

  @Test
  void shouldShowNoBidiControlNoLinkAndNoMarkupInEmail() {
    String html = MailContent.html(message(), URL);
    String text = MailContent.text(message(), URL);
    String subject = MailContent.subject("[wirewatch]", message());

    assertThat(BIDI.matcher(html + text + subject).find()).isFalse();
    assertThat(BARE_LINK.matcher(html.replace("href=\"https://wire.example", "")).find()).isFalse();
    assertThat(BARE_LINK.matcher(text + subject).find()).isFalse();
    assertThat(html).doesNotContain("<b>", "<!here>").contains("&lt;!here&gt;");
  }

  @Test
  void shouldPrintNoBidiControlOnTheConsole() {
    String line = ConsoleChannel.line(hostile(), URL);
    assertThat(BIDI.matcher(line).find()).isFalse();
    assertThat(line).contains("Quake serohs ffo hits");
  }

  @Test
  void shouldSendWebhookTextFieldsWithoutBidiControls() {
    String body = new String(WebhookChannel.body(message()), StandardCharsets.UTF_8);
    assertThat(BIDI.matcher(body).find()).isFalse();
    assertThat(body).contains("Quake serohs ffo hits");
  }
}
