package io.wirewatch.channels;

import io.wirewatch.channels.Envelope.Receipt;
import io.wirewatch.model.Alert;
import io.wirewatch.model.Topic;
import io.wirewatch.model.Topics;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.random.RandomGenerator;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alert dispatcher: a Kafka consumer group of its own (not part of the Streams app) reading
 * {@code wire.alerts}. Each alert is routed to every channel whose route matches and which has not settled
 * it before, and handed to that channel's {@link ChannelWorker}. Offsets are committed by hand, only up to
 * alerts every channel has delivered or dead-lettered. Unreadable and stale records are logged and skipped.
 */
public final class AlertDispatcher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(AlertDispatcher.class);
  private static final int MAX_PENDING = 10_000;

  /** Everything the dispatcher needs; {@code consumer}/{@code producer} are Kafka client settings. */
  public record Setup(Map<String, Object> consumer, Map<String, Object> producer, Topics topics, String groupId,
      ChannelsConfig channels, Clock clock, Sleeper sleeper, PrintStream console, DeliveryListener listener) {}

  private final Setup setup;
  private final KafkaConsumer<String, byte[]> consumer;
  private final KafkaDeliveryLog log;
  private final OffsetTracker tracker = new OffsetTracker();
  private final List<AlertChannel> channels = new ArrayList<>();
  private final List<ChannelWorker> workers = new ArrayList<>();
  private final List<Thread> threads = new ArrayList<>();
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private final Thread loop;
  private volatile boolean running = true;

  private AlertDispatcher(Setup setup) {
    this.setup = setup;
    ChannelFactory factory = new ChannelFactory(new HttpPoster(HttpPoster.defaultClient(), setup.clock()),
        setup.clock(), setup.console(), setup.channels().storyUrl());
    for (ChannelSpec spec : setup.channels().channels()) {
      channels.add(factory.create(spec));
    }
    this.consumer = new KafkaConsumer<>(consumerConfig(setup), new StringDeserializer(), new ByteArrayDeserializer());
    this.log = KafkaDeliveryLog.create(setup.consumer(), setup.producer(), setup.topics(), setup.clock());
    for (int i = 0; i < channels.size(); i++) {
      ChannelSpec spec = setup.channels().channels().get(i);
      Retrier retrier = new Retrier(spec.retry(), setup.clock(), setup.sleeper(), RandomGenerator.getDefault());
      workers.add(new ChannelWorker(channels.get(i), spec, retrier, log, tracker, setup.clock(), setup.listener()));
    }
    this.loop = new Thread(this::run, "wirewatch-dispatcher");
  }

  /** Builds the channels (a bad channel setting fails here), reads the delivery log and starts consuming. */
  public static AlertDispatcher start(Setup setup) {
    AlertDispatcher d = new AlertDispatcher(setup);
    try {
      int known = d.log.catchUp();
      LOG.info("dispatcher: {} channel(s), {} settled deliveries known", d.channels.size(), known);
      for (ChannelWorker w : d.workers) {
        d.threads.add(Thread.ofVirtual().name("wirewatch-channel-" + w.name()).start(w));
      }
      d.loop.start();
      return d;
    } catch (RuntimeException e) {
      d.close();
      throw e;
    }
  }

  /** The configured channel names, in order. */
  public List<String> channelNames() {
    return channels.stream().map(AlertChannel::name).toList();
  }

  /** The error that stopped the dispatcher or one of its channels, or null. */
  public Throwable failure() {
    return failure.get();
  }

  private void run() {
    Topic<String, Alert> alerts = setup.topics().alerts();
    try {
      consumer.subscribe(List.of(alerts.name()), rebalance());
      while (running) {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(100))) {
          route(r);
        }
        commit();
        checkWorkers();
        throttle();
      }
    } catch (WakeupException e) {
      // close() asked us to stop
    } catch (RuntimeException e) {
      LOG.error("dispatcher stopped: {}", e.getMessage(), e);
      failure.compareAndSet(null, e);
    } finally {
      try {
        commit();
      } catch (RuntimeException e) {
        LOG.warn("final commit failed: {}", e.getMessage());
      }
      consumer.close();
    }
  }

  private void route(ConsumerRecord<String, byte[]> r) {
    Receipt receipt = new Receipt(r.topic(), r.partition(), r.offset());
    Alert alert;
    try {
      alert = setup.topics().alerts().valueSerde().deserializer().deserialize(r.topic(), r.value());
    } catch (SerializationException e) {
      LOG.warn("skipping unreadable alert {}-{}@{}: {}", r.topic(), r.partition(), r.offset(), e.getMessage());
      tracker.register(receipt, 0);
      return;
    }
    if (alert == null || r.timestamp() < setup.clock().millis() - setup.channels().maxAlertAge().toMillis()) {
      LOG.info("skipping {} alert {}-{}@{}", alert == null ? "empty" : "stale", r.topic(), r.partition(), r.offset());
      tracker.register(receipt, 0);
      return;
    }
    List<ChannelWorker> targets = workers.stream().filter(w -> w.wants(alert)).toList();
    tracker.register(receipt, targets.size());
    targets.forEach(w -> w.offer(new Envelope(alert, receipt)));
  }

  private void commit() {
    Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
    tracker.committable().forEach((p, off) ->
        offsets.put(new TopicPartition(p.topic(), p.partition()), new OffsetAndMetadata(off)));
    if (!offsets.isEmpty()) {
      consumer.commitSync(offsets);
    }
  }

  private void checkWorkers() {
    for (ChannelWorker w : workers) {
      if (w.failure() != null) {
        throw new IllegalStateException("channel " + w.name() + " failed: " + w.failure().getMessage(), w.failure());
      }
    }
  }

  private void throttle() {
    if (tracker.pending() > MAX_PENDING && consumer.paused().isEmpty()) {
      consumer.pause(consumer.assignment());
    } else if (tracker.pending() < MAX_PENDING / 2 && !consumer.paused().isEmpty()) {
      consumer.resume(consumer.paused());
    }
  }

  private ConsumerRebalanceListener rebalance() {
    return new ConsumerRebalanceListener() {
      @Override
      public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        commit();
        partitions.forEach(p -> tracker.forget(new OffsetTracker.Part(p.topic(), p.partition())));
      }

      @Override
      public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        log.catchUp();
      }
    };
  }

  private static Map<String, Object> consumerConfig(Setup s) {
    Map<String, Object> c = new HashMap<>(s.consumer());
    c.put("group.id", s.groupId());
    c.put("enable.auto.commit", "false");
    c.putIfAbsent("auto.offset.reset", "earliest");
    c.putIfAbsent("isolation.level", "read_committed");
    return c;
  }

  @Override
  public void close() {
    running = false;
    if (loop.getState() == Thread.State.NEW) {
      consumer.close();
    } else {
      consumer.wakeup();
      joinQuietly(loop);
    }
    threads.forEach(Thread::interrupt);
    threads.forEach(AlertDispatcher::joinQuietly);
    log.close();
    channels.forEach(AlertChannel::close);
  }

  private static void joinQuietly(Thread t) {
    try {
      t.join(Duration.ofSeconds(30));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
