package io.wirewatch.model;

import java.io.IOException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A Kafka serde for one record type as JSON; null stays null, bad bytes raise {@link SerializationException}.
 * The record types are immutable, so the same instance written twice in a row on one thread (to a state store
 * and then to its topic, as the story stage does) is written once: each thread remembers the bytes of the
 * last few values it wrote, by identity.
 */
public final class JsonSerde<T> implements Serde<T> {
  private static final int REMEMBERED = 4;
  private static final ThreadLocal<Object[]> LAST_WRITTEN = ThreadLocal.withInitial(() -> new Object[2 * REMEMBERED]);
  private final Class<T> type;

  public JsonSerde(Class<T> type) {
    this.type = type;
  }

  @Override
  public Serializer<T> serializer() {
    return (topic, value) -> {
      if (value == null) {
        return null;
      }
      Object[] last = LAST_WRITTEN.get();
      for (int i = 0; i < last.length; i += 2) {
        if (last[i] == value) {
          return (byte[]) last[i + 1];
        }
      }
      try {
        byte[] bytes = Json.mapper().writeValueAsBytes(value);
        System.arraycopy(last, 0, last, 2, last.length - 2);
        last[0] = value;
        last[1] = bytes;
        return bytes;
      } catch (IOException e) {
        throw new SerializationException("cannot write " + type.getSimpleName() + " as JSON", e);
      }
    };
  }

  @Override
  public Deserializer<T> deserializer() {
    return (topic, bytes) -> {
      if (bytes == null) {
        return null;
      }
      try {
        return Json.mapper().readValue(bytes, type);
      } catch (IOException | RuntimeException e) {
        throw new SerializationException("cannot read " + type.getSimpleName() + " from " + topic, e);
      }
    };
  }
}
