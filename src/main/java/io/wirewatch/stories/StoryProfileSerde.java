package io.wirewatch.stories;

import io.wirewatch.model.Binary;
import io.wirewatch.model.BinarySerde;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The deciding task's open story profiles in its store, in a compact binary layout: every item rewrites its
 * story's profile (a centroid of up to a few hundred weighted terms and the recent items' strongest terms),
 * on the one task that cannot spread, and as JSON each weight was a decimal number written and parsed again.
 * A record starting with '{' is read as the JSON of earlier versions, so a store written by them restores.
 */
public final class StoryProfileSerde extends BinarySerde<StoryProfile> {
  /** The first byte of the layout; JSON starts with '{'. */
  private static final byte VERSION = 1;

  public StoryProfileSerde() {
    super(StoryProfile.class, "a story profile", StoryProfileSerde::write, StoryProfileSerde::read);
  }

  static byte[] write(StoryProfile p) {
    Binary.Writer out = new Binary.Writer(64 + 24 * p.centroid().size());
    out.put(VERSION).string(p.id()).weights(p.centroid()).integer(p.recent().size());
    for (Map<String, Float> r : p.recent()) {
      out.weights(r);
    }
    out.integer(p.items()).time(p.firstSeen()).time(p.lastSeen()).integer(p.languages().size());
    for (String l : p.languages()) {
      out.string(l);
    }
    out.integer(p.years().size());
    for (Map.Entry<String, Integer> e : p.years().entrySet()) {
      out.string(e.getKey()).integer(e.getValue());
    }
    out.integer(p.stamped().size());
    for (String year : p.stamped()) {
      out.string(year);
    }
    return out.toByteArray();
  }

  static StoryProfile read(byte[] bytes) throws IOException {
    Binary.Reader in = new Binary.Reader(bytes);
    byte version = in.get();
    if (version != VERSION) {
      throw new IOException("unknown story profile layout " + version);
    }
    String id = in.string();
    Map<String, Float> centroid = in.weights();
    int recentCount = in.length(in.integer());
    List<Map<String, Float>> recent = new ArrayList<>(recentCount);
    for (int i = 0; i < recentCount; i++) {
      recent.add(in.weights());
    }
    int items = in.integer();
    Instant firstSeen = in.time();
    Instant lastSeen = in.time();
    int languageCount = in.length(in.integer());
    Set<String> languages = new HashSet<>();
    for (int i = 0; i < languageCount; i++) {
      languages.add(in.string());
    }
    int yearCount = in.length(in.integer());
    Map<String, Integer> years = new HashMap<>();
    for (int i = 0; i < yearCount; i++) {
      years.put(in.string(), in.integer());
    }
    int stampCount = in.length(in.integer());
    Set<String> stamped = new HashSet<>();
    for (int i = 0; i < stampCount; i++) {
      stamped.add(in.string());
    }
    return new StoryProfile(id, centroid, recent, items, firstSeen, lastSeen, languages, years, stamped);
  }
}
