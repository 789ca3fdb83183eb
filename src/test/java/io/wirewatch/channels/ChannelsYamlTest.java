package io.wirewatch.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirewatch.channels.webhook.WebhookConfig;
import io.wirewatch.model.AlertType;
import io.wirewatch.model.Severity;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChannelsYamlTest {
  private static final String YAML = """
      storyUrl: "https://wire.example/stories/{story}"
      defaults:
        retry: { maxAttempts: 4, initialBackoff: 200ms }
        fold: { window: 30s }
      channels:
        - name: ops-hook
          type: webhook
          url: ${HOOK_URL}
          secret: ${HOOK_SECRET}
          route:
            types: [kill, CORRECTION]
            minSeverity: high
            desks: [foreign]
            stories: ["story-2022-*"]
          rateLimit: { messages: 10, per: 1m }
          retry: { maxAttempts: 2 }
        - name: later-slack
          type: slack
          enabled: false
          url: ${SLACK_URL_NOT_SET}
      """;

  @Test
  void shouldReadRoutesFatigueAndRetryWithDefaultsAndSecretsFromTheEnvironment() {
    ChannelsConfig cfg = ChannelsYaml.parse(YAML, Map.of("HOOK_URL", "https://hooks.example/in?token=t0k3n",
        "HOOK_SECRET", "a-long-enough-secret"));

    assertThat(cfg.storyUrl()).isEqualTo("https://wire.example/stories/{story}");
    assertThat(cfg.channels()).singleElement().satisfies(c -> {
      assertThat(c.name()).isEqualTo("ops-hook");
      assertThat(c.route()).isEqualTo(new Route(java.util.Set.of(AlertType.KILL, AlertType.CORRECTION),
          Severity.HIGH, java.util.Set.of("foreign"), java.util.Set.of("story-2022-*")));
      assertThat(c.fatigue().rateMessages()).isEqualTo(10);
      assertThat(c.fatigue().foldWindow()).isEqualTo(Duration.ofSeconds(30));
      assertThat(c.retry().maxAttempts()).isEqualTo(2);
      assertThat(c.retry().initialBackoff()).isEqualTo(Duration.ofMillis(200));
      WebhookConfig hook = WebhookConfig.from(c.settings());
      assertThat(hook.secret().reveal()).isEqualTo("a-long-enough-secret");
      assertThat(hook.toString()).doesNotContain("t0k3n").doesNotContain("a-long-enough-secret");
    });
  }

  @Test
  void shouldNameTheKeyAndTheVariableWhenASecretIsMissing() {
    ChannelsConfig cfg = ChannelsYaml.parse(YAML, Map.of("HOOK_URL", "https://hooks.example/in"));

    assertThatThrownBy(() -> WebhookConfig.from(cfg.channels().get(0).settings()))
        .hasMessage("channels[0].secret: environment variable HOOK_SECRET is not set");
  }

  @Test
  void shouldRefuseAnUnknownChannelTypeNamingTheProperty() {
    assertThatThrownBy(() -> ChannelsYaml.parse("channels:\n  - name: x\n    type: pager\n", Map.of()))
        .hasMessageStartingWith("Unknown value 'pager' encountered for property channels[0].type");
  }

  @Test
  void shouldRefuseTwoChannelsWithOneName() {
    String yaml = "channels:\n  - {name: a, type: console}\n  - {name: a, type: console}\n";

    assertThatThrownBy(() -> ChannelsYaml.parse(yaml, Map.of())).hasMessageContaining("channels[1].name");
  }

  @Test
  void shouldLoadTheShippedFileWithTheConsoleChannelEnabled() {
    ChannelsConfig cfg = ChannelsYaml.load(Path.of("config/channels.yaml"), Map.of());

    assertThat(cfg.channels()).extracting(ChannelSpec::type).containsExactly("console");
    assertThat(cfg.maxAlertAge()).isEqualTo(Duration.ofHours(6));
  }

  @Test
  void shouldShowNoSecretInTheErrorForABadWebhookUrl() {
    ChannelsConfig cfg = ChannelsYaml.parse(YAML, Map.of("HOOK_URL", "not a url with s3cr3t", "HOOK_SECRET",
        "a-long-enough-secret"));

    assertThatThrownBy(() -> WebhookConfig.from(cfg.channels().get(0).settings()))
        .hasMessageContaining("channels[0].url").hasMessageNotContaining("s3cr3t");
  }

  @Test
  void shouldNameTheChannelWhenAFatigueSettingIsOutOfRange() {
    String yaml = "channels:\n  - {name: a, type: console, rateLimit: {messages: -1}}\n";

    assertThatThrownBy(() -> ChannelsYaml.parse(yaml, Map.of()))
        .hasMessageStartingWith("channels[0]: ").hasMessageContaining("rate limit");
  }

  @Test
  void shouldNameTheKeyOfABadDuration() {
    String yaml = "channels:\n  - {name: a, type: console, digest: {window: soon}}\n";

    assertThatThrownBy(() -> ChannelsYaml.parse(yaml, Map.of()))
        .hasMessage("channels[0].digest.window: expected a duration like 500ms, 10s, 2m or 1h, got 'soon'");
  }
}
