package io.wirewatch.web;

import io.wirewatch.model.Alert;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alerts the page shows: the most recent ones (newest first, each alert id once) and the live
 * subscribers (SSE clients) every new alert is pushed to. A subscriber that fails to take an alert is
 * dropped. Kafka-free: whatever reads wire.alerts calls {@link #publish}.
 */
public final class AlertFeed {
  private static final Logger LOG = LoggerFactory.getLogger(AlertFeed.class);
  private static final Comparator<Alert> NEWEST_FIRST = Comparator.comparing(
      (Alert a) -> Objects.requireNonNullElse(a.raisedAt(), Instant.EPOCH)).reversed().thenComparing(Alert::id);

  /** Takes pushed alerts; returns false (or throws) when it is gone. */
  @FunctionalInterface
  public interface Subscriber extends Predicate<Alert> {}

  private final int capacity;
  private final Map<String, Alert> recent = new LinkedHashMap<>();
  private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();

  public AlertFeed(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive, got " + capacity);
    }
    this.capacity = capacity;
  }

  /** Remembers {@code alert} and pushes it to every subscriber; an alert id seen before is ignored. */
  public void publish(Alert alert) {
    synchronized (recent) {
      if (recent.putIfAbsent(alert.id(), alert) != null) {
        return;
      }
      if (recent.size() > capacity) {
        Alert oldest = recent.values().stream().max(NEWEST_FIRST).orElseThrow();
        recent.remove(oldest.id());
      }
    }
    for (Subscriber s : subscribers) {
      boolean alive;
      try {
        alive = s.test(alert);
      } catch (RuntimeException e) {
        LOG.debug("alert subscriber failed: {}", e.toString());
        alive = false;
      }
      if (!alive) {
        subscribers.remove(s);
      }
    }
  }

  /** At most {@code limit} recent alerts, newest first. */
  public List<Alert> recent(int limit) {
    List<Alert> all;
    synchronized (recent) {
      all = new ArrayList<>(recent.values());
    }
    all.sort(NEWEST_FIRST);
    return List.copyOf(all.subList(0, Math.min(Math.max(0, limit), all.size())));
  }

  public void subscribe(Subscriber s) {
    subscribers.add(s);
  }

  public void unsubscribe(Subscriber s) {
    subscribers.remove(s);
  }

  public int subscribers() {
    return subscribers.size();
  }
}
