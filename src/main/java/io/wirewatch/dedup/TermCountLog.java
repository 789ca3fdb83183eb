package io.wirewatch.dedup;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The deciding task's term counts in its changelogged store, as a log of what each item added and a snapshot
 * now and then. Written term by term, every item put about forty records (one per term whose count moved) on
 * the broker: two thirds of everything the pipeline sent. Here an item puts one record, the terms it
 * contained; when the log holds about half as many terms as the table, the whole table is written as a few
 * chunks and the log is deleted. The changelog (compacted) thus holds at most the table about twice over,
 * a restore reads it back exactly (no count rounded), and a restart replays at most {@value #MAX_LOG_ITEMS}
 * items' terms. A store written by the term-per-key layout (a term and its count) is read too, and replaced
 * by the first snapshot.
 *
 * <p>Keys: {@code \u0001} and a sequence number for an item's terms; {@code \u0002} and a chunk number for a
 * snapshot's chunk; keys starting with {@code \u0000} are the caller's own (item count, clock).
 */
final class TermCountLog {
  private static final String LOG = "\u0001";
  private static final String CHUNK = "\u0002";
  /** A snapshot chunk holds about this many bytes of terms and counts, far below any record size cap. */
  static final int CHUNK_BYTES = 64 * 1024;
  /** The log is written out as a snapshot once it holds this many items, however small it is. */
  static final int MAX_LOG_ITEMS = 20_000;
  /** Nor before it holds this many terms: a small table is not rewritten every few items. */
  static final int MIN_LOG_TERMS = 50_000;

  private final KeyValueStore<String, byte[]> store;
  private final int minLogTerms;
  private long nextSeq;
  private long logItems;
  private long logTerms;
  private int chunks;
  private final List<String> legacy = new ArrayList<>();

  /** What a restore read: every term's count, exactly as the task had counted it. */
  record Restored(Map<String, Long> counts, TermCountLog log) {}

  private TermCountLog(KeyValueStore<String, byte[]> store, int minLogTerms) {
    this.store = store;
    this.minLogTerms = minLogTerms;
  }

  /** Reads the counts from {@code store}: the last snapshot, the items logged since and any legacy counts. */
  static Restored restore(KeyValueStore<String, byte[]> store) {
    return restore(store, MIN_LOG_TERMS);
  }

  static Restored restore(KeyValueStore<String, byte[]> store, int minLogTerms) {
    TermCountLog log = new TermCountLog(store, minLogTerms);
    Map<String, Long> counts = new HashMap<>();
    try (KeyValueIterator<String, byte[]> it = store.all()) {
      while (it.hasNext()) {
        KeyValue<String, byte[]> kv = it.next();
        String key = kv.key;
        if (key.startsWith("\u0000") || kv.value == null) {
          continue;
        }
        if (key.startsWith(LOG)) {
          List<String> terms = decodeTerms(kv.value);
          terms.forEach(t -> counts.merge(t, 1L, Long::sum));
          log.logItems++;
          log.logTerms += terms.size();
          log.nextSeq = Math.max(log.nextSeq, Long.parseLong(key.substring(1), 16) + 1);
        } else if (key.startsWith(CHUNK)) {
          decodeChunk(kv.value, counts);
          log.chunks = Math.max(log.chunks, Integer.parseInt(key.substring(1), 16) + 1);
        } else if (kv.value.length == Long.BYTES) {
          counts.merge(key, ByteBuffer.wrap(kv.value).getLong(), Long::sum);
          log.legacy.add(key);
        }
      }
    }
    return new Restored(counts, log);
  }

  /**
   * Logs the terms one item added to the counts ({@code counts}, after it); writes a snapshot instead of
   * growing the log when the log is due one. Returns whether it wrote a snapshot.
   */
  boolean added(Collection<String> terms, Map<String, Long> counts) {
    if (terms.isEmpty()) {
      return false;
    }
    if (!legacy.isEmpty() || logItems + 1 >= MAX_LOG_ITEMS
        || logTerms + terms.size() >= Math.max(minLogTerms, counts.size() / 2)) {
      snapshot(counts);
      return true;
    }
    store.put(LOG + padded(nextSeq++, 16), encodeTerms(terms));
    logItems++;
    logTerms += terms.size();
    return false;
  }

  /** Writes every count as a snapshot and deletes the log: after a decay every count has changed. */
  void snapshot(Map<String, Long> counts) {
    int written = 0;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    try {
      for (Map.Entry<String, Long> e : counts.entrySet()) {
        writeString(out, e.getKey());
        out.writeLong(e.getValue());
        if (bytes.size() >= CHUNK_BYTES) {
          store.put(CHUNK + padded(written++, 8), bytes.toByteArray());
          bytes.reset();
        }
      }
      if (bytes.size() > 0) {
        store.put(CHUNK + padded(written++, 8), bytes.toByteArray());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (int c = written; c < chunks; c++) {
      store.delete(CHUNK + padded(c, 8));
    }
    chunks = written;
    List<String> logged = new ArrayList<>();
    try (KeyValueIterator<String, byte[]> it = store.range(LOG, CHUNK)) {
      it.forEachRemaining(kv -> logged.add(kv.key));
    }
    logged.forEach(store::delete);
    legacy.forEach(store::delete);
    legacy.clear();
    logItems = 0;
    logTerms = 0;
  }

  /** {@code n} in hexadecimal, zero-padded to {@code width} digits, so that keys sort in number order. */
  private static String padded(long n, int width) {
    String hex = Long.toHexString(n);
    return "0".repeat(Math.max(0, width - hex.length())) + hex;
  }

  /** Items logged since the last snapshot. */
  long loggedItems() {
    return logItems;
  }

  /** Chunks of the last snapshot. */
  int chunks() {
    return chunks;
  }

  private static byte[] encodeTerms(Collection<String> terms) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(terms.size() * 12);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(terms.size());
      for (String t : terms) {
        writeString(out, t);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static List<String> decodeTerms(byte[] value) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(value))) {
      int n = in.readInt();
      List<String> terms = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        terms.add(readString(in));
      }
      return terms;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void decodeChunk(byte[] value, Map<String, Long> counts) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(value))) {
      while (in.available() > 0) {
        counts.merge(readString(in), in.readLong(), Long::sum);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A term as its UTF-8 length and bytes: a term may be longer than {@code writeUTF} takes. */
  private static void writeString(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String readString(DataInputStream in) throws IOException {
    byte[] b = new byte[in.readInt()];
    in.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }

  /** A long as the store keeps it (the layout {@code Serdes.Long()} wrote). */
  static byte[] encodeLong(long value) {
    return ByteBuffer.allocate(Long.BYTES).putLong(value).array();
  }

  static Long decodeLong(byte[] value) {
    return value == null || value.length != Long.BYTES ? null : ByteBuffer.wrap(value).getLong();
  }
}
