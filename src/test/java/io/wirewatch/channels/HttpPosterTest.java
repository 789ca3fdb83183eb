package io.wirewatch.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HttpPosterTest {
  private static final Instant NOW = Instant.parse("2022-09-14T09:00:00Z");

  @Test
  void shouldTreatSuccessServerErrorsRateLimitsAndClientErrorsDifferently() {
    assertThat(HttpPoster.classify(202, "", Optional.empty(), NOW)).isEqualTo(new SendResult.Sent("HTTP 202"));
    assertThat(HttpPoster.classify(503, "down", Optional.empty(), NOW))
        .isEqualTo(new SendResult.Retry("HTTP 503: down", null));
    assertThat(HttpPoster.classify(429, "", Optional.of("12"), NOW))
        .isEqualTo(new SendResult.Retry("HTTP 429", Duration.ofSeconds(12)));
    assertThat(HttpPoster.classify(404, "no_service", Optional.empty(), NOW))
        .isEqualTo(new SendResult.Fail("HTTP 404: no_service"));
  }

  @Test
  void shouldReadRetryAfterAsSecondsOrAsAnHttpDate() {
    assertThat(HttpPoster.retryAfter("3", NOW)).isEqualTo(Duration.ofSeconds(3));
    assertThat(HttpPoster.retryAfter("Wed, 14 Sep 2022 09:01:30 GMT", NOW)).isEqualTo(Duration.ofSeconds(90));
    assertThat(HttpPoster.retryAfter("soon", NOW)).isNull();
  }
}
