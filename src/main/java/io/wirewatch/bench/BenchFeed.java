package io.wirewatch.bench;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A deterministic stream of invented wire copy for benchmarks (same seed, same bytes): items of about 2 KB
 * from four agencies in two formats (ninjs JSON and plain text), reporting a few hundred concurrent
 * events across agencies, with updates (a later version of a uri with a new toll), re-sends (the same
 * bytes again) and casualty figures. Names and places are generated syllables, never real copy.
 */
public final class BenchFeed {
  private static final String[] AGENCIES = {"Reuters", "AP", "AFP", "dpa"};
  private static final String[] KINDS = {"earthquake", "flood", "train derailment", "mine blast", "prison riot",
      "border clash", "storm", "factory fire"};
  private static final Instant T0 = Instant.parse("2022-09-13T00:00:00Z");

  /** One generated event: its invented place, town, official and kind. */
  private record Event(String place, String town, String official, String kind) {}

  private BenchFeed() {}

  /**
   * @param n how many transmissions
   * @param concurrentStories how many events are being reported at any time
   */
  public static List<byte[]> generate(int n, int concurrentStories, long seed) {
    Stream stream = new Stream(concurrentStories, seed, Integer.MAX_VALUE);
    List<byte[]> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(stream.next(T0.plusSeconds(i * 5L)));
    }
    return out;
  }

  /** When the first generated item is dated. */
  public static Instant start() {
    return T0;
  }

  /**
   * The same copy one transmission at a time, each dated by the caller, for runs too long to hold in memory:
   * re-sends are drawn from the last {@code recent} transmissions only (with {@link Integer#MAX_VALUE},
   * from all of them, as {@link #generate} does: the same seed then gives the same bytes).
   */
  public static final class Stream {
    private final Random rnd;
    private final List<Event> events = new ArrayList<>();
    private final List<byte[]> sent = new ArrayList<>();
    private final int recent;
    private int i;

    public Stream(int concurrentStories, long seed, int recent) {
      this.rnd = new Random(seed);
      this.recent = recent;
      for (int k = 0; k < Math.max(1, concurrentStories); k++) {
        events.add(event(rnd));
      }
    }

    /** The next transmission; a new item or update is dated {@code at}, a re-send keeps its bytes. */
    public byte[] next(Instant at) {
      byte[] b = make(at);
      if (sent.size() < recent) {
        sent.add(b);
      } else {
        sent.set(i % recent, b);
      }
      i++;
      return b;
    }

    private byte[] make(Instant at) {
      int roll = rnd.nextInt(100);
      if (roll < 5 && !sent.isEmpty()) {
        return sent.get(rnd.nextInt(sent.size()));
      }
      int e = rnd.nextInt(events.size());
      if (rnd.nextInt(50) == 0) {
        events.set(e, event(rnd));
      }
      Event ev = events.get(e);
      String agency = AGENCIES[rnd.nextInt(AGENCIES.length)];
      boolean update = roll < 15 && i > 0;
      String uri = "urn:bench:" + (update ? "e" + e + "-" + agency : "i" + i);
      String version = update ? String.valueOf(2 + rnd.nextInt(3)) : "1";
      int killed = 3 + rnd.nextInt(40);
      String headline = capital(ev.kind()) + " in " + ev.place() + " kills " + killed;
      String body = body(ev, agency, killed, rnd);
      return (i % 4 == 3 ? text(headline, body) : ninjs(uri, version, at, agency, headline, body))
          .getBytes(StandardCharsets.UTF_8);
    }
  }

  private static Event event(Random rnd) {
    return new Event(word(rnd), word(rnd), word(rnd) + " " + word(rnd), KINDS[rnd.nextInt(KINDS.length)]);
  }

  private static String body(Event ev, String agency, int killed, Random rnd) {
    StringBuilder b = new StringBuilder();
    b.append(ev.place().toUpperCase()).append(" (").append(agency).append(") - A ").append(ev.kind())
        .append(" near ").append(ev.town()).append(" in ").append(ev.place()).append(" province killed ")
        .append(killed).append(" people on Tuesday, governor ").append(ev.official()).append(" said.\n\n");
    for (int p = 0; p < 9; p++) {
      b.append("Rescue teams from ").append(ev.place()).append(" and ").append(word(rnd)).append(" searched ")
          .append(word(rnd)).append(" district as roads to ").append(ev.town()).append(" remained blocked, ")
          .append(ev.official()).append(" told reporters, adding that ").append(10 + rnd.nextInt(90))
          .append(" people were injured.\n\n");
    }
    return b.toString().strip();
  }

  private static String ninjs(String uri, String version, Instant at, String agency, String headline,
      String body) {
    return "{\"uri\":\"" + uri + "\",\"type\":\"text\",\"version\":\"" + version + "\",\"versioncreated\":\"" + at
        + "\",\"pubstatus\":\"usable\",\"language\":\"en\",\"copyrightholder\":\"" + agency
        + "\",\"headlines\":[{\"role\":\"main\",\"value\":\"" + headline + "\"}],\"body_text\":\""
        + body.replace("\n", "\\n") + "\"}";
  }

  private static String text(String headline, String body) {
    return headline + "\n\n" + body + "\n";
  }

  static String word(Random rnd) {
    String[] syl = {"ka", "lo", "mer", "dun", "ta", "vi", "sor", "ban", "el", "ru", "gat", "pen", "o", "zi", "mal"};
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < 3; i++) {
      w.append(syl[rnd.nextInt(syl.length)]);
    }
    return capital(w.toString());
  }

  private static String capital(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
