package io.wirewatch.dedup;

import io.wirewatch.model.Binary;
import io.wirewatch.model.BinarySerde;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The deciding task's remembered texts ({@link DuplicateIndex.Entry}) in its store, in a compact binary layout:
 * one record per text in the dedup window, all read back when the task starts, each with a MinHash signature
 * of 128 numbers that JSON wrote as decimal text. A record starting with '{' is read as the JSON of earlier
 * versions, so a store written by them restores.
 */
public final class RememberedTextSerde extends BinarySerde<DuplicateIndex.Entry> {
  /** The first byte of the layout; JSON starts with '{'. */
  private static final byte VERSION = 1;

  public RememberedTextSerde() {
    super(DuplicateIndex.Entry.class, "a remembered text", RememberedTextSerde::write, RememberedTextSerde::read);
  }

  static byte[] write(DuplicateIndex.Entry e) {
    int[] minHash = e.minHash() == null ? new int[0] : e.minHash();
    List<String> numbers = e.numbers() == null ? List.of() : e.numbers();
    Binary.Writer out = new Binary.Writer(160 + 4 * minHash.length + 8 * numbers.size());
    out.put(VERSION).string(e.id()).string(e.uri()).string(e.source()).string(e.story()).string(e.exactHash())
        .integer(minHash.length);
    for (int h : minHash) {
      out.integer(h);
    }
    out.integer(numbers.size());
    for (String n : numbers) {
      out.string(n);
    }
    return out.integer(e.words()).time(e.eventTime()).toByteArray();
  }

  static DuplicateIndex.Entry read(byte[] bytes) throws IOException {
    Binary.Reader in = new Binary.Reader(bytes);
    byte version = in.get();
    if (version != VERSION) {
      throw new IOException("unknown remembered text layout " + version);
    }
    String id = in.string();
    String uri = in.string();
    String source = in.string();
    String story = in.string();
    String exactHash = in.string();
    int hashes = in.integer();
    // a count is checked against the bytes left before the array is made
    int[] minHash = new int[in.length(hashes < 0 || hashes > bytes.length / Integer.BYTES ? -1 : hashes * Integer.BYTES)
        / Integer.BYTES];
    for (int i = 0; i < minHash.length; i++) {
      minHash[i] = in.integer();
    }
    int count = in.length(in.integer());
    List<String> numbers = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      numbers.add(in.string());
    }
    return new DuplicateIndex.Entry(id, uri, source, story, exactHash, minHash, List.copyOf(numbers), in.integer(),
        in.time());
  }
}
