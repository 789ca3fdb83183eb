package io.wirewatch.model;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The compact binary layouts of internal records (state and internal topics), where JSON wrote and parsed
 * every weight as a decimal number: big-endian ints, floats and longs, strings as their UTF-8 length and
 * bytes (-1 for null), times as seconds and nanoseconds. Each layout starts with a version byte other than
 * '{', so a reader tells it from the JSON that earlier versions wrote.
 */
public final class Binary {
  private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
  private static final long NO_TIME = Long.MIN_VALUE;

  private Binary() {}

  /** Whether {@code bytes} hold JSON (an object) rather than a binary layout. */
  public static boolean isJson(byte[] bytes) {
    return bytes.length > 0 && bytes[0] == '{';
  }

  /** A growing byte array, without the locks of the JDK's streams. */
  public static final class Writer {
    private byte[] buf;
    private int size;

    public Writer(int capacity) {
      buf = new byte[Math.max(16, capacity)];
    }

    private void room(int n) {
      if (size + n > buf.length) {
        buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + n));
      }
    }

    public Writer put(byte b) {
      room(1);
      buf[size++] = b;
      return this;
    }

    public Writer integer(int v) {
      room(Integer.BYTES);
      INT.set(buf, size, v);
      size += Integer.BYTES;
      return this;
    }

    public Writer real(float v) {
      return integer(Float.floatToRawIntBits(v));
    }

    public Writer time(Instant t) {
      room(Long.BYTES);
      LONG.set(buf, size, t == null ? NO_TIME : t.getEpochSecond());
      size += Long.BYTES;
      return integer(t == null ? 0 : t.getNano());
    }

    public Writer bytes(byte[] b) {
      integer(b.length);
      room(b.length);
      System.arraycopy(b, 0, buf, size, b.length);
      size += b.length;
      return this;
    }

    public Writer string(String s) {
      return s == null ? integer(-1) : bytes(s.getBytes(StandardCharsets.UTF_8));
    }

    /** A map of terms to weights: its size, then each term and weight. */
    public Writer weights(Map<String, Float> weights) {
      integer(weights.size());
      for (Map.Entry<String, Float> e : weights.entrySet()) {
        string(e.getKey());
        real(e.getValue());
      }
      return this;
    }

    public byte[] toByteArray() {
      return Arrays.copyOf(buf, size);
    }
  }

  /** Reads what a {@link Writer} wrote, in the same order; a short or broken record raises a runtime exception. */
  public static final class Reader {
    private final ByteBuffer in;

    public Reader(byte[] bytes) {
      in = ByteBuffer.wrap(bytes);
    }

    /** A count or length read from the record, checked against what is left of it before anything is allocated. */
    public int length(int n) {
      if (n < 0 || n > in.remaining()) {
        throw new IllegalArgumentException("broken record: a length of " + n + " with " + in.remaining()
            + " bytes left");
      }
      return n;
    }

    public byte get() {
      return in.get();
    }

    public int integer() {
      return in.getInt();
    }

    public float real() {
      return in.getFloat();
    }

    public Instant time() {
      long seconds = in.getLong();
      int nanos = in.getInt();
      return seconds == NO_TIME ? null : Instant.ofEpochSecond(seconds, nanos);
    }

    public byte[] bytes() {
      byte[] b = new byte[length(in.getInt())];
      in.get(b);
      return b;
    }

    public String string() {
      int n = in.getInt();
      if (n < 0) {
        return null;
      }
      length(n);
      String s = new String(in.array(), in.position(), n, StandardCharsets.UTF_8);
      in.position(in.position() + n);
      return s;
    }

    public Map<String, Float> weights() {
      int n = length(in.getInt());
      Map<String, Float> weights = new HashMap<>(Math.max(4, n * 2));
      for (int i = 0; i < n; i++) {
        weights.put(string(), real());
      }
      return weights;
    }
  }
}
