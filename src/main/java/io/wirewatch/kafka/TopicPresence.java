package io.wirewatch.kafka;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers "do these topics exist?" for the readiness probe, asking Kafka at most once per {@code ttl}
 * (probes come often; listing topics is a round trip). When Kafka cannot be asked, every topic counts as
 * missing, so the instance reports not ready.
 */
public final class TopicPresence implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(TopicPresence.class);

  private final Map<String, Object> adminConfig;
  private final List<String> names;
  private final Duration ttl;
  private final Clock clock;
  private Admin admin;
  private List<String> missing;
  private Instant checkedAt = Instant.MIN;

  public TopicPresence(Map<String, Object> adminConfig, List<String> names, Duration ttl, Clock clock) {
    this.adminConfig = Map.copyOf(adminConfig);
    this.names = List.copyOf(names);
    this.ttl = ttl;
    this.clock = clock;
    this.missing = this.names;
  }

  /** The topics that do not exist, as of at most {@code ttl} ago. */
  public synchronized List<String> missing() {
    Instant now = clock.instant();
    if (checkedAt.plus(ttl).isAfter(now)) {
      return missing;
    }
    try {
      if (admin == null) {
        admin = Admin.create(adminConfig);
      }
      Set<String> existing = admin.listTopics().names().get(5, TimeUnit.SECONDS);
      missing = names.stream().filter(n -> !existing.contains(n)).toList();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      missing = names;
    } catch (Exception e) {
      LOG.warn("cannot list topics for the readiness check: {}", e.toString());
      missing = names;
    }
    checkedAt = now;
    return missing;
  }

  @Override
  public synchronized void close() {
    if (admin != null) {
      admin.close(Duration.ofSeconds(5));
    }
  }
}
