package io.wirewatch.channels;

import io.wirewatch.model.Alert;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * A channel's waiting alerts and its fatigue rules, as pure logic driven by the caller's clock:
 * <ul>
 *   <li>an alert id already waiting is not queued twice;</li>
 *   <li>with a fold window, a figure alert waits that long and later updates of the same figure are folded
 *       into it;</li>
 *   <li>with a digest window, ready alerts are held that long after the first and leave as one message;</li>
 *   <li>with a rate limit, each message takes a token; when the last token of a burst is taken, everything
 *       still ready goes out with it as one digest instead of queueing up as a storm.</li>
 * </ul>
 */
public final class Outbox {
  private final String channel;
  private final Fatigue fatigue;
  private final RateLimiter limiter;
  private final List<Entry> entries = new ArrayList<>();

  /** What one drained message covers: the message and every envelope it settles. */
  public record Batch(Message message, List<Envelope> covered) {
    public Batch {
      covered = List.copyOf(covered);
    }
  }

  private static final class Entry {
    Alert shown;
    final List<Envelope> sources = new ArrayList<>();
    final Instant readyAt;
    final Optional<String> figure;

    Entry(Envelope e, Instant readyAt, Optional<String> figure) {
      this.shown = e.alert();
      this.sources.add(e);
      this.readyAt = readyAt;
      this.figure = figure;
    }
  }

  public Outbox(String channel, Fatigue fatigue) {
    this.channel = channel;
    this.fatigue = fatigue;
    this.limiter = new RateLimiter(fatigue.rateMessages(), fatigue.ratePer());
  }

  /** Queues an alert that arrived at {@code now}. */
  public void add(Envelope e, Instant now) {
    for (Entry entry : entries) {
      if (entry.sources.stream().anyMatch(s -> s.alert().id().equals(e.alert().id()))) {
        entry.sources.add(e);
        return;
      }
    }
    Optional<String> figure = fatigue.folds() ? FigureFold.key(e.alert()) : Optional.empty();
    if (figure.isPresent()) {
      for (Entry entry : entries) {
        if (entry.figure.equals(figure)) {
          entry.shown = FigureFold.merge(entry.shown, e.alert());
          entry.sources.add(e);
          return;
        }
      }
    }
    entries.add(new Entry(e, figure.isPresent() ? now.plus(fatigue.foldWindow()) : now, figure));
  }

  /** The messages due at {@code now}, removed from the outbox. */
  public List<Batch> drain(Instant now) {
    List<Entry> ready = ready(now);
    List<Batch> out = new ArrayList<>();
    if (ready.isEmpty() || fatigue.digests() && now.isBefore(digestDue(ready))
        && ready.size() < fatigue.digestMaxAlerts()) {
      return out;
    }
    while (!ready.isEmpty() && limiter.tryAcquire(now)) {
      boolean lastToken = !limiter.unlimited() && limiter.available(now) == 0;
      int n = fatigue.digests() || lastToken ? Math.min(ready.size(), fatigue.digestMaxAlerts()) : 1;
      List<Entry> chunk = new ArrayList<>(ready.subList(0, n));
      ready.subList(0, n).clear();
      entries.removeAll(chunk);
      out.add(batch(chunk));
    }
    return out;
  }

  /** When {@link #drain} may next return something; empty when nothing waits. */
  public Optional<Instant> nextWake(Instant now) {
    if (entries.isEmpty()) {
      return Optional.empty();
    }
    List<Entry> ready = ready(now);
    if (ready.isEmpty()) {
      return entries.stream().map(e -> e.readyAt).min(Instant::compareTo);
    }
    Instant due = fatigue.digests() && ready.size() < fatigue.digestMaxAlerts() ? digestDue(ready) : now;
    Instant token = limiter.nextTokenAt(now);
    return Optional.of(due.isAfter(token) ? due : token);
  }

  public int size() {
    return entries.size();
  }

  private List<Entry> ready(Instant now) {
    List<Entry> ready = new ArrayList<>();
    for (Iterator<Entry> it = entries.iterator(); it.hasNext(); ) {
      Entry e = it.next();
      if (!e.readyAt.isAfter(now)) {
        ready.add(e);
      }
    }
    return ready;
  }

  private Instant digestDue(List<Entry> ready) {
    return ready.stream().map(e -> e.readyAt).min(Instant::compareTo).orElseThrow().plus(fatigue.digestWindow());
  }

  private Batch batch(List<Entry> chunk) {
    List<Alert> shown = chunk.stream().map(e -> e.shown).toList();
    List<Envelope> covered = chunk.stream().flatMap(e -> e.sources.stream()).toList();
    return new Batch(Message.of(channel, shown), covered);
  }
}
