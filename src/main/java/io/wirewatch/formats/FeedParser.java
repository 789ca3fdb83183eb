package io.wirewatch.formats;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import io.wirewatch.model.WireItem;
import io.wirewatch.text.HtmlText;
import io.wirewatch.text.PlainText;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * RSS (0.9x, 1.0, 2.0) and Atom feeds, read with Rome: one item per entry. The uri is the entry's guid
 * (Atom id), else its link, else a hash of title and link; versionCreated is the entry's updated date,
 * else its published date (so a re-polled unchanged entry is a re-send and an edited one a new
 * version). The body is {@code content:encoded} / Atom content, else the description, HTML stripped;
 * the headline is the title, markup removed. The agency is an agency named by the feed (title, link,
 * copyright), else the copyright holder, else the feed's author. Entries with neither title nor text are skipped; a feed with no
 * usable entry is EMPTY_BODY.
 */
public final class FeedParser implements WireParser {
  private final WireFormat format;

  /** A parser writing the given format id (RSS or ATOM). */
  public FeedParser(WireFormat format) {
    if (format != WireFormat.RSS && format != WireFormat.ATOM) {
      throw new IllegalArgumentException("not a feed format: " + format);
    }
    this.format = format;
  }

  @Override
  public String format() {
    return format.id();
  }

  @Override
  public List<WireItem> parse(String text) {
    SyndFeed feed = read(text);
    String agency = feedAgency(feed);
    List<WireItem> items = new ArrayList<>();
    for (SyndEntry entry : feed.getEntries()) {
      ItemBuilder b = entry(entry, feed, agency);
      if (!b.isEmpty()) {
        items.add(b.build());
      }
    }
    if (items.isEmpty()) {
      throw new RejectedInputException(RejectReason.EMPTY_BODY,
          format.id() + " feed has no entry with a title or text (" + feed.getEntries().size() + " entries)");
    }
    return items;
  }

  /** Parses with Rome (DOCTYPEs refused, no external entities); MALFORMED_XML when it cannot. */
  static SyndFeed read(String text) {
    SyndFeedInput input = new SyndFeedInput();
    input.setAllowDoctypes(false);
    try {
      return input.build(new StringReader(text));
    } catch (ParsingFeedException e) {
      throw new RejectedInputException(RejectReason.MALFORMED_XML, "malformed feed at line " + e.getLineNumber()
          + ", column " + e.getColumnNumber() + ": " + e.getMessage(), e);
    } catch (FeedException | IllegalArgumentException e) {
      throw new RejectedInputException(RejectReason.SCHEMA_INVALID, "unreadable feed: " + e.getMessage(), e);
    }
  }

  private ItemBuilder entry(SyndEntry entry, SyndFeed feed, String agency) {
    ItemBuilder b = new ItemBuilder(format());
    b.uri(identity(entry));
    b.headline(entry.getTitle());
    b.body(body(entry));
    b.versionCreated(toInstant(entry.getUpdatedDate() != null ? entry.getUpdatedDate() : entry.getPublishedDate()));
    b.firstCreated(toInstant(entry.getPublishedDate()));
    b.language(feed.getLanguage());
    b.byline(blankToNull(entry.getAuthor()));
    b.agency(agency);
    for (SyndCategory category : entry.getCategories()) {
      b.subject(null, category.getName());
    }
    return b;
  }

  /** guid / Atom id, else link, else "urn:feed:" plus a hash of title and link. */
  static String identity(SyndEntry entry) {
    String uri = blankToNull(entry.getUri());
    if (uri != null) {
      return uri;
    }
    String link = blankToNull(entry.getLink());
    return link != null ? link : "urn:feed:" + hash(entry.getTitle() + "\n" + entry.getLink());
  }

  private static List<String> body(SyndEntry entry) {
    List<String> paragraphs = new ArrayList<>();
    for (SyndContent content : entry.getContents()) {
      paragraphs.addAll(render(content));
    }
    if (paragraphs.isEmpty() && entry.getDescription() != null) {
      paragraphs.addAll(render(entry.getDescription()));
    }
    return paragraphs;
  }

  private static List<String> render(SyndContent content) {
    String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
    String value = content.getValue();
    boolean plain = type.equals("text") || type.equals("text/plain");
    return plain && !HtmlText.hasMarkup(value) ? PlainText.paragraphs(value) : HtmlText.paragraphs(value);
  }

  private static String feedAgency(SyndFeed feed) {
    for (String text : new String[] {feed.getTitle(), feed.getLink(), feed.getCopyright()}) {
      String known = Agencies.recognise(text);
      if (known != null) {
        return known;
      }
    }
    String notice = Agencies.fromNotice(feed.getCopyright());
    if (notice != null) {
      return notice;
    }
    if (blankToNull(feed.getAuthor()) != null) {
      return feed.getAuthor().strip();
    }
    for (com.rometools.rome.feed.synd.SyndPerson author : feed.getAuthors()) {
      if (blankToNull(author.getName()) != null) {
        return author.getName().strip();
      }
    }
    return null;
  }

  private static java.time.Instant toInstant(java.util.Date date) {
    return date == null ? null : date.toInstant();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String hash(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
