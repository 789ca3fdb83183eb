package io.wirewatch.channels;

import io.wirewatch.model.Alert;
import io.wirewatch.model.UndeliveredAlert;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers one channel's alerts on its own (virtual) thread, so a slow or failing channel holds up no other:
 * queued envelopes go through the channel's {@link Outbox}, each due message through the {@link Retrier},
 * then into the {@link DeliveryLog} (delivered or dead-lettered), and only then are their offsets settled.
 */
public final class ChannelWorker implements Runnable {
  private static final Logger LOG = LoggerFactory.getLogger(ChannelWorker.class);
  private static final Duration IDLE = Duration.ofMillis(500);

  private final AlertChannel channel;
  private final Route route;
  private final Outbox outbox;
  private final Retrier retrier;
  private final DeliveryLog log;
  private final OffsetTracker tracker;
  private final Clock clock;
  private final DeliveryListener listener;
  private final BlockingQueue<Envelope> queue = new LinkedBlockingQueue<>();
  private final AtomicReference<Throwable> failure = new AtomicReference<>();

  public ChannelWorker(AlertChannel channel, ChannelSpec spec, Retrier retrier, DeliveryLog log, OffsetTracker tracker,
      Clock clock, DeliveryListener listener) {
    this.channel = channel;
    this.route = spec.route();
    this.outbox = new Outbox(channel.name(), spec.fatigue());
    this.retrier = retrier;
    this.log = log;
    this.tracker = tracker;
    this.clock = clock;
    this.listener = listener;
  }

  public String name() {
    return channel.name();
  }

  /** True when this channel should get {@code alert} and has not settled it before. */
  public boolean wants(Alert alert) {
    return route.matches(alert) && !log.settled(channel.name(), alert.id());
  }

  /** Hands an envelope to the worker thread. */
  public void offer(Envelope e) {
    queue.add(e);
  }

  /** The error that stopped this worker, or null. */
  public Throwable failure() {
    return failure.get();
  }

  @Override
  public void run() {
    try {
      while (!Thread.currentThread().isInterrupted()) {
        Envelope e = queue.poll(waitMillis(), TimeUnit.MILLISECONDS);
        if (e != null) {
          accept(e);
          List<Envelope> more = new ArrayList<>();
          queue.drainTo(more);
          more.forEach(this::accept);
        }
        for (Outbox.Batch b : outbox.drain(clock.instant())) {
          deliver(b);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      LOG.error("channel {} stopped: {}", channel.name(), e.getMessage(), e);
      failure.set(e);
    }
  }

  private long waitMillis() {
    Instant now = clock.instant();
    return outbox.nextWake(now).map(t -> Duration.between(now, t)).map(d -> d.isNegative() ? Duration.ZERO : d)
        .map(d -> Math.min(d.toMillis(), IDLE.toMillis())).orElse(IDLE.toMillis());
  }

  private void accept(Envelope e) {
    if (log.settled(channel.name(), e.alert().id())) {
      tracker.settle(e.receipt());
    } else {
      outbox.add(e, clock.instant());
    }
  }

  private void deliver(Outbox.Batch batch) throws InterruptedException {
    Message message = batch.message();
    Retrier.Outcome outcome = retrier.send(channel, message);
    Map<String, Alert> originals = new LinkedHashMap<>();
    batch.covered().forEach(e -> originals.putIfAbsent(e.alert().id(), e.alert()));
    if (outcome.delivered()) {
      log.delivered(channel.name(), message.deliveryId(), List.copyOf(originals.keySet()));
      LOG.info("channel {}: delivered {} ({} alert(s), {} attempt(s), {})", channel.name(), message.deliveryId(),
          originals.size(), outcome.attempts(), outcome.detail());
      listener.delivered(channel, message, outcome);
    } else {
      Instant now = clock.instant();
      log.undelivered(originals.values().stream().map(a -> new UndeliveredAlert(channel.name(),
          message.deliveryId(), outcome.detail(), outcome.attempts(), now, a)).toList());
      LOG.warn("channel {}: dead-lettered {} ({} alert(s)): {}", channel.name(), message.deliveryId(),
          originals.size(), outcome.detail());
      listener.undelivered(channel, message, outcome);
    }
    batch.covered().forEach(e -> tracker.settle(e.receipt()));
  }
}
