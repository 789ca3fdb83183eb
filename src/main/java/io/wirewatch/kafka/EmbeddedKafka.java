package io.wirewatch.kafka;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.common.utils.internals.Exit;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Apache Kafka broker in KRaft mode (combined broker and controller) running in this
 * JVM, on free ports of 127.0.0.1. Used by {@code demo}, {@code replay --embedded} and the integration
 * tests. A temporary data directory is deleted on {@link #close()}; a given one is kept, so a restart
 * finds its data again.
 */
public final class EmbeddedKafka implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);

  private final Path dataDir;
  private final boolean temporary;
  private final int brokerPort;
  private final KafkaRaftServer server;
  private boolean closed;

  private EmbeddedKafka(Path dataDir, boolean temporary) throws IOException {
    this.dataDir = dataDir;
    this.temporary = temporary;
    guardJvmAgainstBrokerExit();
    this.brokerPort = freePort();
    int controllerPort = freePort();
    Properties props = brokerProperties(dataDir, brokerPort, controllerPort);
    formatIfNeeded(dataDir, props);
    this.server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
  }

  /** Starts a broker in a fresh temporary directory. */
  public static EmbeddedKafka start() {
    try {
      return start(Files.createTempDirectory("wirewatch-kafka-"), true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary Kafka data directory", e);
    }
  }

  /** Starts a broker on the given data directory, formatting it on first use; the data is kept. */
  public static EmbeddedKafka start(Path dataDir) {
    return start(dataDir, false);
  }

  private static EmbeddedKafka start(Path dataDir, boolean temporary) {
    long t0 = System.nanoTime();
    try {
      Files.createDirectories(dataDir);
      EmbeddedKafka kafka = new EmbeddedKafka(dataDir, temporary);
      kafka.server.startup();
      LOG.info("embedded Kafka broker up on {} in {} ms (data in {})", kafka.bootstrapServers(),
          (System.nanoTime() - t0) / 1_000_000, dataDir);
      return kafka;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the embedded Kafka broker in " + dataDir, e);
    }
  }

  /** The bootstrap servers string for clients, e.g. "127.0.0.1:41234". */
  public String bootstrapServers() {
    return "127.0.0.1:" + brokerPort;
  }

  public Path dataDir() {
    return dataDir;
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    server.shutdown();
    server.awaitShutdown();
    if (temporary) {
      deleteRecursively(dataDir);
    }
  }

  private static Properties brokerProperties(Path dataDir, int brokerPort, int controllerPort) {
    Properties p = new Properties();
    p.put("process.roles", "broker,controller");
    p.put("node.id", "1");
    p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
    p.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
    p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
    p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    p.put("controller.listener.names", "CONTROLLER");
    p.put("inter.broker.listener.name", "PLAINTEXT");
    p.put("log.dirs", dataDir.resolve("logs").toString());
    p.put("metadata.log.dir", dataDir.resolve("metadata").toString());
    p.put("offsets.topic.replication.factor", "1");
    p.put("offsets.topic.num.partitions", "4");
    p.put("transaction.state.log.replication.factor", "1");
    p.put("transaction.state.log.min.isr", "1");
    p.put("transaction.state.log.num.partitions", "4");
    p.put("share.coordinator.state.topic.replication.factor", "1");
    p.put("group.initial.rebalance.delay.ms", "0");
    p.put("auto.create.topics.enable", "false");
    // The log cleaner's offset map is allocated on the heap of the process the broker runs in (128 MB by
    // default, a quarter of a 512 MB budget); 16 MB compacts a few hundred thousand keys per pass.
    p.put("log.cleaner.dedupe.buffer.size", String.valueOf(16L << 20));
    p.put("log.flush.interval.messages", String.valueOf(Long.MAX_VALUE));
    return p;
  }

  private static void formatIfNeeded(Path dataDir, Properties props) throws IOException {
    Path meta = dataDir.resolve("metadata").resolve("meta.properties");
    if (Files.exists(meta)) {
      return;
    }
    try {
      new Formatter()
          .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
          .setNodeId(1)
          .setClusterId(Uuid.randomUuid().toString())
          .setControllerListenerName("CONTROLLER")
          .setMetadataLogDirectory(props.getProperty("metadata.log.dir"))
          .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
          .setIgnoreFormatted(true)
          .addDirectory(props.getProperty("log.dirs"))
          .addDirectory(props.getProperty("metadata.log.dir"))
          .run();
    } catch (Exception e) {
      throw new IOException("cannot format the Kafka data directory " + dataDir + ": " + e.getMessage(), e);
    }
  }

  /**
   * The broker halts the JVM on fatal faults (for example a data directory locked by another process);
   * inside wirewatch that must be an exception, not the end of the process.
   */
  private static void guardJvmAgainstBrokerExit() {
    Exit.setExitProcedure((code, message) -> {
      throw new IllegalStateException("embedded Kafka broker asked to exit(" + code + "): " + message);
    });
    Exit.setHaltProcedure((code, message) -> {
      throw new IllegalStateException("embedded Kafka broker asked to halt(" + code + "): " + message);
    });
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      s.setReuseAddress(true);
      return s.getLocalPort();
    }
  }

  private static void deleteRecursively(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      LOG.warn("could not delete {}: {}", dir, e.getMessage());
    }
  }
}
