package io.wirewatch.channels;

import io.wirewatch.channels.Envelope.Receipt;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which offsets of the alerts topic may be committed: a record counts as done once every channel it was
 * routed to has delivered or dead-lettered it, and a partition's commit position never passes its oldest
 * record that is not done. So a crash re-reads (never loses) anything still waiting in a digest, a fold
 * window or a retry. Thread-safe: the dispatcher registers, channel workers settle.
 */
public final class OffsetTracker {
  /** A partition of a topic. */
  public record Part(String topic, int partition) {}

  private static final class State {
    final TreeMap<Long, Integer> open = new TreeMap<>();
    long next = -1;
    long committed = -1;
  }

  private final Map<Part, State> parts = new HashMap<>();

  /** A record read at {@code receipt} that {@code channels} channels still have to settle (0 = done). */
  public synchronized void register(Receipt receipt, int channels) {
    State s = parts.computeIfAbsent(part(receipt), p -> new State());
    s.next = Math.max(s.next, receipt.offset() + 1);
    if (channels > 0) {
      s.open.merge(receipt.offset(), channels, Integer::sum);
    }
  }

  /** One channel is done with the record at {@code receipt}. Unknown receipts (revoked partitions) are ignored. */
  public synchronized void settle(Receipt receipt) {
    State s = parts.get(part(receipt));
    if (s == null) {
      return;
    }
    s.open.computeIfPresent(receipt.offset(), (k, n) -> n <= 1 ? null : n - 1);
  }

  /** Per partition, the offset to commit now (the next one to read), for partitions that moved since last call. */
  public synchronized Map<Part, Long> committable() {
    Map<Part, Long> out = new HashMap<>();
    parts.forEach((p, s) -> {
      long pos = s.open.isEmpty() ? s.next : s.open.firstKey();
      if (pos > s.committed && pos >= 0) {
        out.put(p, pos);
        s.committed = pos;
      }
    });
    return out;
  }

  /** Drops a partition this instance no longer owns. */
  public synchronized void forget(Part part) {
    parts.remove(part);
  }

  /** Records read but not yet settled by every channel. */
  public synchronized int pending() {
    return parts.values().stream().mapToInt(s -> s.open.size()).sum();
  }

  private static Part part(Receipt r) {
    return new Part(r.topic(), r.partition());
  }
}
