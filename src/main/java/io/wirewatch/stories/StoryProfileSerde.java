package io.wirewatch.stories;

import io.wirewatch.model.Json;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The deciding task's open story profiles in its store, in a compact binary layout: every item rewrites its
 * story's profile (a centroid of up to a few hundred weighted terms and the recent items' strongest terms),
 * on the one task that cannot spread, and as JSON each weight was a decimal number written and parsed again.
 * A record starting with '{' is read as the JSON of earlier versions, so a store written by them restores.
 */
public final class StoryProfileSerde implements Serde<StoryProfile> {
  /** The first byte of the layout; JSON starts with '{'. */
  private static final byte VERSION = 1;
  private static final long NO_TIME = Long.MIN_VALUE;

  @Override
  public Serializer<StoryProfile> serializer() {
    return (topic, p) -> p == null ? null : write(p);
  }

  @Override
  public Deserializer<StoryProfile> deserializer() {
    return (topic, bytes) -> {
      if (bytes == null) {
        return null;
      }
      try {
        return bytes.length > 0 && bytes[0] == '{' ? Json.mapper().readValue(bytes, StoryProfile.class) : read(bytes);
      } catch (IOException | RuntimeException e) {
        throw new SerializationException("cannot read a story profile from " + topic, e);
      }
    };
  }

  static byte[] write(StoryProfile p) {
    Out out = new Out(64 + 24 * p.centroid().size());
    out.put(VERSION);
    out.string(p.id());
    out.weights(p.centroid());
    out.integer(p.recent().size());
    for (Map<String, Float> r : p.recent()) {
      out.weights(r);
    }
    out.integer(p.items());
    out.time(p.firstSeen());
    out.time(p.lastSeen());
    out.integer(p.languages().size());
    for (String l : p.languages()) {
      out.string(l);
    }
    out.integer(p.years().size());
    for (Map.Entry<String, Integer> e : p.years().entrySet()) {
      out.string(e.getKey());
      out.integer(e.getValue());
    }
    return out.bytes();
  }

  static StoryProfile read(byte[] bytes) throws IOException {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    byte version = in.get();
    if (version != VERSION) {
      throw new IOException("unknown story profile layout " + version);
    }
    String id = string(in);
    Map<String, Float> centroid = weights(in);
    int recentCount = in.getInt();
    List<Map<String, Float>> recent = new ArrayList<>(recentCount);
    for (int i = 0; i < recentCount; i++) {
      recent.add(weights(in));
    }
    int items = in.getInt();
    Instant firstSeen = time(in);
    Instant lastSeen = time(in);
    int languageCount = in.getInt();
    Set<String> languages = new HashSet<>();
    for (int i = 0; i < languageCount; i++) {
      languages.add(string(in));
    }
    int yearCount = in.getInt();
    Map<String, Integer> years = new HashMap<>();
    for (int i = 0; i < yearCount; i++) {
      years.put(string(in), in.getInt());
    }
    return new StoryProfile(id, centroid, recent, items, firstSeen, lastSeen, languages, years);
  }

  private static Map<String, Float> weights(ByteBuffer in) {
    int n = in.getInt();
    Map<String, Float> weights = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      weights.put(string(in), in.getFloat());
    }
    return weights;
  }

  private static Instant time(ByteBuffer in) {
    long seconds = in.getLong();
    int nanos = in.getInt();
    return seconds == NO_TIME ? null : Instant.ofEpochSecond(seconds, nanos);
  }

  private static String string(ByteBuffer in) {
    int n = in.getInt();
    if (n < 0) {
      return null;
    }
    String s = new String(in.array(), in.position(), n, StandardCharsets.UTF_8);
    in.position(in.position() + n);
    return s;
  }

  /** A growing byte array written big-endian, without the locks of the JDK's streams. */
  private static final class Out {
    private byte[] buf;
    private int size;

    Out(int capacity) {
      buf = new byte[capacity];
    }

    private void room(int n) {
      if (size + n > buf.length) {
        buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + n));
      }
    }

    void put(byte b) {
      room(1);
      buf[size++] = b;
    }

    void integer(int v) {
      room(Integer.BYTES);
      INT.set(buf, size, v);
      size += Integer.BYTES;
    }

    void time(Instant t) {
      room(Long.BYTES + Integer.BYTES);
      LONG.set(buf, size, t == null ? NO_TIME : t.getEpochSecond());
      size += Long.BYTES;
      integer(t == null ? 0 : t.getNano());
    }

    void string(String s) {
      if (s == null) {
        integer(-1);
        return;
      }
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      integer(b.length);
      room(b.length);
      System.arraycopy(b, 0, buf, size, b.length);
      size += b.length;
    }

    void weights(Map<String, Float> weights) {
      integer(weights.size());
      for (Map.Entry<String, Float> e : weights.entrySet()) {
        string(e.getKey());
        integer(Float.floatToRawIntBits(e.getValue()));
      }
    }

    byte[] bytes() {
      return Arrays.copyOf(buf, size);
    }
  }

  private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
}
