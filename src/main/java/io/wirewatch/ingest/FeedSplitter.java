package io.wirewatch.ingest;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.WireFeedOutput;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.xml.sax.InputSource;

/**
 * Splits a polled RSS or Atom document into single-entry feeds, each re-serialised with Rome so that it
 * is produced as its own bytes and parsed, like any transmission, in the parse stage. Reads only what the
 * poller needs to remember: the entry id (guid, Atom id, else link) and its updated (else published) time.
 */
public final class FeedSplitter {

  /** One entry as its own feed document, with its identity and version for the seen-set. */
  public record Entry(String id, String updated, byte[] bytes) {
    /** The seen-set key: id plus updated time (an edited entry is new again). */
    public String seenKey() {
      return id + "|" + (updated == null ? "" : updated);
    }
  }

  private FeedSplitter() {}

  /** The entries of a feed; throws {@link FeedException} when the bytes are not an RSS or Atom feed. */
  public static List<Entry> split(byte[] document) throws FeedException {
    WireFeedInput input = new WireFeedInput();
    input.setAllowDoctypes(false);
    InputSource source = new InputSource(new ByteArrayInputStream(document));
    WireFeed feed = input.build(source);
    return switch (feed) {
      case Channel channel -> rss(channel);
      case Feed atom -> atom(atom);
      default -> throw new FeedException("unsupported feed type " + feed.getFeedType());
    };
  }

  private static List<Entry> rss(Channel channel) throws FeedException {
    List<Item> items = List.copyOf(channel.getItems());
    List<Entry> out = new ArrayList<>();
    for (Item item : items) {
      channel.setItems(new ArrayList<>(List.of(item)));
      String id = item.getGuid() != null && item.getGuid().getValue() != null ? item.getGuid().getValue() : item.getLink();
      if (id == null) {
        id = item.getTitle();
      }
      out.add(new Entry(id, text(item.getPubDate()), output(channel)));
    }
    return out;
  }

  private static List<Entry> atom(Feed feed) throws FeedException {
    List<com.rometools.rome.feed.atom.Entry> entries = List.copyOf(feed.getEntries());
    List<Entry> out = new ArrayList<>();
    for (com.rometools.rome.feed.atom.Entry entry : entries) {
      feed.setEntries(new ArrayList<>(List.of(entry)));
      String id = entry.getId() != null ? entry.getId() : entry.getTitle();
      Date when = entry.getUpdated() != null ? entry.getUpdated() : entry.getPublished();
      out.add(new Entry(id, text(when), output(feed)));
    }
    return out;
  }

  private static byte[] output(WireFeed feed) throws FeedException {
    return new WireFeedOutput().outputString(feed).getBytes(StandardCharsets.UTF_8);
  }

  private static String text(Date date) {
    return date == null ? null : date.toInstant().toString();
  }

}
