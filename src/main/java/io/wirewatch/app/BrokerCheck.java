package io.wirewatch.app;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/**
 * Fails fast, before any client starts, when the configured Kafka cluster cannot be reached: the commands
 * that talk to a broker ({@code run}, {@code ingest}, {@code watch}, {@code poll}) would otherwise wait a
 * minute and report a bare timeout, or blame a topic.
 */
final class BrokerCheck {
  /** How long to try; the whole check (and so the command) ends within 10 s. */
  static final Duration WAIT = Duration.ofSeconds(5);

  /** The broker could not be reached; the message names the servers and the next step. */
  static final class Unreachable extends RuntimeException {
    Unreachable(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private BrokerCheck() {}

  /** Returns when a broker at the configured bootstrap servers answers within {@link #WAIT}; else throws. */
  static void require(AppConfig cfg) {
    require(cfg, WAIT);
  }

  static void require(AppConfig cfg, Duration wait) {
    Map<String, Object> props = new HashMap<>(cfg.clientConfig("admin"));
    int ms = (int) wait.toMillis();
    props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, ms);
    props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, ms);
    props.put(AdminClientConfig.SOCKET_CONNECTION_SETUP_TIMEOUT_MAX_MS_CONFIG, Math.min(ms, 2_000));
    props.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1_000);
    String servers = cfg.bootstrapServers();
    Admin admin;
    try {
      admin = Admin.create(props);
    } catch (RuntimeException e) {
      throw unreachable(servers, e);
    }
    try {
      admin.describeCluster(new DescribeClusterOptions().timeoutMs(ms)).nodes().get(ms + 500L, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unreachable(servers, e);
    } catch (ExecutionException | TimeoutException e) {
      throw unreachable(servers, e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e);
    } finally {
      admin.close(Duration.ZERO);
    }
  }

  private static Unreachable unreachable(String servers, Throwable cause) {
    String why = cause instanceof TimeoutException || cause instanceof org.apache.kafka.common.errors.TimeoutException
        ? "no broker answered" : cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return new Unreachable("cannot reach Kafka at " + servers + " within " + WAIT.toSeconds() + " s (" + why
        + "). Start a broker there, or set kafka.bootstrap.servers in --config FILE (or"
        + " WIREWATCH_KAFKA_BOOTSTRAP_SERVERS); 'wirewatch demo' needs no broker.", cause);
  }
}
