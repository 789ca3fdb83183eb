package io.wirewatch.model;

import java.io.IOException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A Kafka serde for one record type in a {@link Binary} layout, which reads the JSON earlier versions wrote
 * too (a record starting with '{'); null stays null, bad bytes raise {@link SerializationException} naming
 * the record and the topic.
 */
public class BinarySerde<T> implements Serde<T> {
  /** Writes a record's layout. */
  @FunctionalInterface
  public interface Write<T> {
    byte[] apply(T value) throws IOException;
  }

  /** Reads a record's layout. */
  @FunctionalInterface
  public interface Read<T> {
    T apply(byte[] bytes) throws IOException;
  }

  private final Class<T> type;
  private final String what;
  private final Write<T> write;
  private final Read<T> read;

  /**
   * @param type the record type, as earlier versions wrote it in JSON
   * @param what the record, as an error names it ("a story profile")
   */
  protected BinarySerde(Class<T> type, String what, Write<T> write, Read<T> read) {
    this.type = type;
    this.what = what;
    this.write = write;
    this.read = read;
  }

  @Override
  public Serializer<T> serializer() {
    return (topic, value) -> {
      if (value == null) {
        return null;
      }
      try {
        return write.apply(value);
      } catch (IOException | RuntimeException e) {
        throw new SerializationException("cannot write " + what + " to " + topic, e);
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
        return Binary.isJson(bytes) ? Json.mapper().readValue(bytes, type) : read.apply(bytes);
      } catch (IOException | RuntimeException e) {
        throw new SerializationException("cannot read " + what + " from " + topic, e);
      }
    };
  }
}
