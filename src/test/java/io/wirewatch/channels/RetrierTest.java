package io.wirewatch.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RetrierTest {
  private final MutableClock clock = new MutableClock(TestAlerts.AT);
  private final List<Duration> waits = new ArrayList<>();
  private final Sleeper sleeper = d -> {
    waits.add(d);
    clock.advance(d);
  };
  private final Message message = Message.of("ops", List.of(TestAlerts.figure("a1", "s1", 49, 105)));

  /** A channel that answers from a script and counts calls. */
  private static final class Scripted implements AlertChannel {
    final Deque<SendResult> answers;
    int calls;

    Scripted(SendResult... answers) {
      this.answers = new ArrayDeque<>(List.of(answers));
    }

    @Override
    public String name() {
      return "ops";
    }

    @Override
    public String type() {
      return "webhook";
    }

    @Override
    public SendResult send(Message m) {
      calls++;
      return answers.size() > 1 ? answers.poll() : answers.peek();
    }
  }

  private Retrier retrier(RetryPolicy policy) {
    return new Retrier(policy, clock, sleeper, new Random(7));
  }

  @Test
  void shouldRetryServerErrorsWithGrowingJitteredBackoffUntilTheReceiverAccepts() throws Exception {
    // given
    Scripted channel = new Scripted(SendResult.retry("HTTP 503"), SendResult.retry("HTTP 503"),
        SendResult.retry("HTTP 503"), SendResult.sent("HTTP 200"));
    RetryPolicy policy = new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(30), 0.2,
        Duration.ofMinutes(2), Duration.ofSeconds(5));

    // when
    Retrier.Outcome outcome = retrier(policy).send(channel, message);

    // then
    assertThat(outcome.delivered()).isTrue();
    assertThat(outcome.attempts()).isEqualTo(4);
    assertThat(channel.calls).isEqualTo(4);
    assertThat(waits).hasSize(3);
    assertThat(waits.get(0)).isBetween(Duration.ofMillis(800), Duration.ofMillis(1000));
    assertThat(waits.get(1)).isBetween(Duration.ofMillis(1600), Duration.ofMillis(2000));
    assertThat(waits.get(2)).isBetween(Duration.ofMillis(3200), Duration.ofMillis(4000));
  }

  @Test
  void shouldWaitExactlyWhatRetryAfterSaysOnA429() throws Exception {
    Scripted channel = new Scripted(new SendResult.Retry("HTTP 429", Duration.ofSeconds(7)), SendResult.sent("ok"));

    Retrier.Outcome outcome = retrier(RetryPolicy.DEFAULT).send(channel, message);

    assertThat(outcome.delivered()).isTrue();
    assertThat(waits).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void shouldGiveUpWithTheReasonWhenTheAttemptsRunOut() throws Exception {
    Scripted channel = new Scripted(SendResult.retry("HTTP 503: busy"));
    RetryPolicy policy = new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(1), 0, Duration.ofMinutes(1),
        Duration.ofSeconds(1));

    Retrier.Outcome outcome = retrier(policy).send(channel, message);

    assertThat(outcome.delivered()).isFalse();
    assertThat(outcome.attempts()).isEqualTo(3);
    assertThat(outcome.detail()).isEqualTo("HTTP 503: busy after 3 attempts");
    assertThat(waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
  }

  @Test
  void shouldGiveUpWhenARetryAfterWouldOverrunTheTimeBudget() throws Exception {
    Scripted channel = new Scripted(new SendResult.Retry("HTTP 429", Duration.ofHours(1)));

    Retrier.Outcome outcome = retrier(RetryPolicy.DEFAULT).send(channel, message);

    assertThat(outcome.delivered()).isFalse();
    assertThat(outcome.attempts()).isEqualTo(1);
    assertThat(outcome.detail()).contains("HTTP 429").contains("retry budget");
    assertThat(waits).isEmpty();
  }

  @Test
  void shouldNotRetryAClientError() throws Exception {
    Scripted channel = new Scripted(SendResult.fail("HTTP 404: no_service"));

    Retrier.Outcome outcome = retrier(RetryPolicy.DEFAULT).send(channel, message);

    assertThat(outcome).isEqualTo(new Retrier.Outcome(false, 1, "HTTP 404: no_service"));
    assertThat(channel.calls).isEqualTo(1);
  }

  @Test
  void shouldCapTheBackoffAtTheMaximumWhateverTheAttempt() {
    RetryPolicy policy = new RetryPolicy(100, Duration.ofSeconds(1), Duration.ofSeconds(30), 0, Duration.ofHours(1),
        Duration.ofSeconds(1));

    assertThat(policy.backoff(6, new Random())).isEqualTo(Duration.ofSeconds(30));
    assertThat(policy.backoff(90, new Random())).isEqualTo(Duration.ofSeconds(30));
  }
}
