package io.wirewatch.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The size discipline of every record wirewatch writes, in one place. Kafka refuses a record over the
 * producer's {@code max.request.size} or the topic's {@code max.message.bytes}, and a refused record in a
 * stream task stops its thread (and again on every restart): so an item is bounded where it is made,
 * field by field and as serialised JSON, before any internal topic or state store sees it.
 *
 * <ul>
 *   <li>uri: at most {@value #URI_CHARS} characters, else the item is refused (an identity is not
 *       truncated: two items would become one);
 *   <li>headline and the other one-line fields: at most {@value #LINE_CHARS} characters;
 *   <li>lists (signals, subjects, places): at most {@value #LIST_ENTRIES} entries;
 *   <li>the whole item as JSON: at most {@value #ITEM_JSON_BYTES} bytes (JSON escaping can double a
 *       body of quotes and multiply control characters by six), the body cut to fit;
 *   <li>every record on an internal topic: at most {@value #RECORD_BYTES} bytes (producer
 *       {@code max.request.size} and topic {@code max.message.bytes} are set to this).
 * </ul>
 * A cut field ends with {@link #MARKER} and the number of characters dropped, so a reader sees it was cut.
 */
public final class RecordLimits {
  public static final int URI_CHARS = 1024;
  public static final int LINE_CHARS = 1000;
  public static final int LIST_ENTRIES = 100;
  public static final int ITEM_JSON_BYTES = 512 * 1024;
  /** Largest record on any wirewatch topic or changelog (2 MiB): room for a raw transmission and headers. */
  public static final int RECORD_BYTES = 2 * 1024 * 1024;
  /** Largest error message carried in a dead letter's header. */
  public static final int ERROR_MESSAGE_CHARS = 1000;
  public static final String MARKER = " [truncated: ";

  private RecordLimits() {}

  /** Why an item cannot be made to fit (its identity is too long), or empty. */
  public static Optional<String> refusal(WireItem item) {
    if (item.uri().length() > URI_CHARS) {
      return Optional.of("uri of " + item.uri().length() + " characters; at most " + URI_CHARS);
    }
    return Optional.empty();
  }

  /**
   * The item with every field within its limit; the same instance when nothing needed cutting. Call
   * {@link #refusal} first: the uri is not cut here.
   */
  public static WireItem bounded(WireItem i) {
    if (6L * chars(i) + 4096 < ITEM_JSON_BYTES) {
      return i;
    }
    WireItem b = new WireItem(i.uri(), line(i.version()), i.versionCreated(), i.firstCreated(), line(i.agency()),
        line(i.language()), line(i.headline()), i.body(), line(i.slugline()), line(i.dateline()),
        line(i.located()), line(i.byline()), i.urgency(), i.pubStatus(), lines(i.signals()), line(i.ednote()),
        subjects(i.subjects()), lines(i.places()), line(i.source()), line(i.format()), i.receivedAt());
    int size = jsonBytes(b);
    for (int round = 0; size > ITEM_JSON_BYTES && round < 8; round++) {
      long chars = b.body().stream().mapToLong(String::length).sum();
      long keep = Math.max(0, (long) (chars * ((double) ITEM_JSON_BYTES / size) * 0.9) - 64);
      b = withBody(b, cutBody(b.body(), keep));
      size = jsonBytes(b);
    }
    return b.equals(i) ? i : b;
  }

  /** {@code text} cut to at most {@code max} characters plus the marker; null stays null. */
  public static String cut(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    int end = max;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + MARKER + (text.length() - end) + " characters]";
  }

  /** The item's body cut to at most {@code maxChars} characters in all (for state that keeps old versions). */
  public static WireItem withBodyAtMost(WireItem item, long maxChars) {
    long chars = item.body().stream().mapToLong(String::length).sum();
    return chars <= maxChars ? item : withBody(item, cutBody(item.body(), maxChars));
  }

  /** How many characters the item's text fields have in all (each becomes at most 6 bytes of JSON). */
  private static long chars(WireItem i) {
    long n = i.uri().length() + i.headline().length();
    for (String s : new String[] {i.version(), i.agency(), i.language(), i.slugline(), i.dateline(), i.located(),
        i.byline(), i.ednote(), i.source(), i.format()}) {
      n += s == null ? 0 : s.length();
    }
    for (List<String> l : List.of(i.body(), i.signals(), i.places())) {
      for (String s : l) {
        n += s == null ? 0 : s.length() + 3;
      }
    }
    for (Subject s : i.subjects()) {
      n += s == null ? 0 : (s.code() == null ? 0 : s.code().length()) + (s.name() == null ? 0 : s.name().length()) + 24;
    }
    return n;
  }

  private static String line(String s) {
    return cut(s, LINE_CHARS);
  }

  private static List<String> lines(List<String> list) {
    List<String> out = new ArrayList<>();
    for (String s : list.subList(0, Math.min(list.size(), LIST_ENTRIES))) {
      out.add(line(s));
    }
    return out;
  }

  private static List<Subject> subjects(List<Subject> list) {
    List<Subject> out = new ArrayList<>();
    for (Subject s : list.subList(0, Math.min(list.size(), LIST_ENTRIES))) {
      out.add(s == null ? null : new Subject(line(s.code()), line(s.name())));
    }
    return out;
  }

  private static List<String> cutBody(List<String> body, long keep) {
    List<String> out = new ArrayList<>();
    long left = keep;
    for (String p : body) {
      if (p.length() <= left) {
        out.add(p);
        left -= p.length();
      } else {
        long dropped = body.stream().mapToLong(String::length).sum() - keep;
        String head = cut(p, (int) Math.max(1, left));
        int at = head.lastIndexOf(MARKER);
        out.add((at < 0 ? head : head.substring(0, at)) + MARKER + dropped + " characters]");
        break;
      }
    }
    return out;
  }

  private static WireItem withBody(WireItem i, List<String> body) {
    return new WireItem(i.uri(), i.version(), i.versionCreated(), i.firstCreated(), i.agency(), i.language(),
        i.headline(), body, i.slugline(), i.dateline(), i.located(), i.byline(), i.urgency(), i.pubStatus(),
        i.signals(), i.ednote(), i.subjects(), i.places(), i.source(), i.format(), i.receivedAt());
  }

  private static int jsonBytes(WireItem item) {
    try {
      return Json.mapper().writeValueAsBytes(item).length;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise item " + item.uri(), e);
    }
  }
}
