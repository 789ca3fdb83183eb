package io.wirewatch.app;

import com.fasterxml.jackson.core.type.TypeReference;
import io.wirewatch.model.Json;
import io.wirewatch.model.Story;
import io.wirewatch.stories.StoryTopology;
import io.wirewatch.web.StoryQueries;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stories through Kafka Streams interactive queries: a story is read from the instance whose partition
 * holds it (forwarded over HTTP when that is another instance); a listing gathers every instance's stories.
 */
final class InteractiveStoryQueries implements StoryQueries {
  private static final Logger LOG = LoggerFactory.getLogger(InteractiveStoryQueries.class);

  private final KafkaStreams streams;
  private final HostInfo self;
  private final String token;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  InteractiveStoryQueries(KafkaStreams streams, HostInfo self, String token) {
    this.streams = streams;
    this.self = self;
    this.token = token;
  }

  @Override
  public Optional<Story> byId(String id, boolean localOnly) {
    if (!localOnly && self != null) {
      KeyQueryMetadata meta = streams.queryMetadataForKey(StoryTopology.STORIES, id, Serdes.String().serializer());
      HostInfo owner = meta == null ? null : meta.activeHost();
      if (owner != null && owner.port() > 0 && !owner.equals(self)) {
        return remote(owner, "/api/stories/" + URLEncoder.encode(id, StandardCharsets.UTF_8) + "?local=true",
            new TypeReference<Story>() {});
      }
    }
    return Optional.ofNullable(local().get(id));
  }

  @Override
  public List<Story> since(Instant since, int limit, boolean localOnly) {
    List<Story> all = new ArrayList<>();
    try (KeyValueIterator<String, Story> it = local().all()) {
      it.forEachRemaining(kv -> {
        if (kv.value != null && kv.value.lastSeen() != null && !kv.value.lastSeen().isBefore(since)) {
          all.add(kv.value);
        }
      });
    }
    if (!localOnly && self != null) {
      for (StreamsMetadata m : streams.metadataForAllStreamsClients()) {
        if (!m.hostInfo().equals(self) && m.hostInfo().port() > 0 && m.stateStoreNames().contains(StoryTopology.STORIES)) {
          remote(m.hostInfo(), "/api/stories?local=true&limit=" + limit + "&since=" + since,
              new TypeReference<List<Story>>() {}).ifPresent(all::addAll);
        }
      }
    }
    return all.stream().sorted(Comparator.comparing(Story::lastSeen).reversed().thenComparing(Story::id))
        .limit(limit).toList();
  }

  private ReadOnlyKeyValueStore<String, Story> local() {
    return streams.store(StoreQueryParameters.fromNameAndType(StoryTopology.STORIES,
        QueryableStoreTypes.<String, Story>keyValueStore()));
  }

  private <T> Optional<T> remote(HostInfo host, String path, TypeReference<T> type) {
    HttpRequest.Builder req = HttpRequest.newBuilder(URI.create("http://" + host.host() + ":" + host.port() + path))
        .timeout(Duration.ofSeconds(5)).GET();
    if (token != null && !token.isBlank()) {
      req.header("Authorization", "Bearer " + token);
    }
    try {
      HttpResponse<String> r = http.send(req.build(), HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() == 200) {
        return Optional.of(Json.mapper().readValue(r.body(), type));
      }
      if (r.statusCode() != 404) {
        LOG.warn("instance {} answered {} for {}", host, r.statusCode(), path);
      }
    } catch (IOException e) {
      LOG.warn("instance {} unreachable for {}: {}", host, path, e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return Optional.empty();
  }
}
