package io.wirewatch.model;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code wire.signatures} in a compact layout: the item as JSON, its content fingerprint and weighted terms
 * in {@link Binary}. The one deciding task reads every item's record, and as JSON a hundred or more term
 * weights, each a decimal number to parse, took it longer than the item itself. A record starting with '{' is
 * the JSON earlier versions wrote, and is read as such.
 */
public final class SignedItemSerde extends BinarySerde<SignedItem> {
  private static final byte VERSION = 1;

  public SignedItemSerde() {
    super(SignedItem.class, "a signed item", SignedItemSerde::write, SignedItemSerde::read);
  }

  private static byte[] write(SignedItem s) throws IOException {
    byte[] item = Json.mapper().writeValueAsBytes(s.item());
    ContentSignature c = s.content();
    Binary.Writer out = new Binary.Writer(item.length + 64 + 24 * s.terms().size());
    out.put(VERSION).bytes(item).put((byte) (c == null ? 0 : 1));
    if (c != null) {
      out.string(c.exactHash());
      int[] minHash = c.minHash() == null ? new int[0] : c.minHash();
      out.integer(c.minHash() == null ? -1 : minHash.length);
      for (int h : minHash) {
        out.integer(h);
      }
      out.integer(c.numbers().size());
      c.numbers().forEach(out::string);
      out.integer(c.words());
    }
    return out.weights(s.terms()).toByteArray();
  }

  private static SignedItem read(byte[] bytes) throws IOException {
    Binary.Reader in = new Binary.Reader(bytes);
    byte version = in.get();
    if (version != VERSION) {
      throw new IOException("unknown signed item layout " + version);
    }
    WireItem item = Json.mapper().readValue(in.bytes(), WireItem.class);
    ContentSignature content = null;
    if (in.get() == 1) {
      String exactHash = in.string();
      int hashes = in.integer();
      int[] minHash = hashes < 0 ? null : new int[in.length(hashes)];
      for (int i = 0; minHash != null && i < minHash.length; i++) {
        minHash[i] = in.integer();
      }
      int count = in.length(in.integer());
      List<String> numbers = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        numbers.add(in.string());
      }
      content = new ContentSignature(exactHash, minHash, numbers, in.integer());
    }
    return new SignedItem(item, content, in.weights());
  }
}
