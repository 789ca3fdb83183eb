package io.wirewatch.kafka;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates wirewatch's topics with AdminClient when they are missing; existing topics are left alone. */
public final class TopicAdmin {
  private static final Logger LOG = LoggerFactory.getLogger(TopicAdmin.class);

  private TopicAdmin() {}

  /** Creates the missing topics of {@code specs}; returns the names it created. */
  public static List<String> ensureTopics(Map<String, Object> adminConfig, List<TopicSpec> specs) {
    try (Admin admin = Admin.create(adminConfig)) {
      Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
      List<NewTopic> missing = specs.stream()
          .filter(s -> !existing.contains(s.name()))
          .map(s -> new NewTopic(s.name(), s.partitions(), s.replicationFactor()).configs(s.configs()))
          .toList();
      for (NewTopic t : missing) {
        createOne(admin, t);
      }
      return missing.stream().map(NewTopic::name).toList();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating topics", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("cannot reach Kafka to list topics: " + e.getMessage(), e);
    }
  }

  private static void createOne(Admin admin, NewTopic topic) throws InterruptedException, TimeoutException {
    try {
      admin.createTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
      LOG.info("created topic {} ({} partitions, replication {})", topic.name(), topic.numPartitions(),
          topic.replicationFactor());
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw new IllegalStateException("cannot create topic " + topic.name() + ": " + e.getCause().getMessage(), e);
      }
    }
  }
}
