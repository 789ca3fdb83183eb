package io.wirewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirewatch.formats.ParseResult;
import io.wirewatch.formats.WireParsers;
import io.wirewatch.model.WireItem;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedSplitterTest {
  private final WireParsers parsers = new WireParsers(WireParsers.DEFAULT_MAX_BYTES);

  private static byte[] fixture(String path) throws Exception {
    try (InputStream in = FeedSplitterTest.class.getResourceAsStream("/formats/" + path)) {
      return in.readAllBytes();
    }
  }

  @Test
  void shouldSplitAnRssFeedIntoSingleEntryFeedsThatParseToTheSameItems() throws Exception {
    // given
    byte[] feed = fixture("rss/world.xml");
    List<WireItem> whole = ((ParseResult.Accepted) parsers.parse(feed, "feed")).items();

    // when
    List<FeedSplitter.Entry> entries = FeedSplitter.split(feed);

    // then
    assertThat(entries).extracting(FeedSplitter.Entry::id)
        .containsExactly("urn:example:wire:ferry-crete", "https://wire.example.invalid/world/lisbon-storm");
    assertThat(entries.get(0).updated()).isEqualTo("2023-04-07T08:30:00Z");
    for (int i = 0; i < entries.size(); i++) {
      ParseResult.Accepted one = (ParseResult.Accepted) parsers.parse(entries.get(i).bytes(), "entry");
      assertThat(one.items()).singleElement().satisfies(item -> {
        assertThat(item.uri()).isIn(whole.stream().map(WireItem::uri).toList());
      });
      WireItem expected = whole.get(i);
      WireItem actual = one.items().get(0);
      assertThat(actual.headline()).isEqualTo(expected.headline());
      assertThat(actual.body()).isEqualTo(expected.body());
      assertThat(actual.versionCreated()).isEqualTo(expected.versionCreated());
    }
  }

  @Test
  void shouldSplitAnAtomFeedAndKeyEntriesByIdAndUpdated() throws Exception {
    // when
    List<FeedSplitter.Entry> entries = FeedSplitter.split(fixture("atom/agency.xml"));

    // then
    assertThat(entries).singleElement().satisfies(e ->
        assertThat(e.seenKey()).isEqualTo("urn:newsml:dpa.com:20230407:atom-1|2023-04-07T09:40:00Z"));
    assertThat(((ParseResult.Accepted) parsers.parse(entries.get(0).bytes(), "e")).format()).isEqualTo("atom");
  }

  @Test
  void shouldRefuseADocumentThatIsNotAFeed() {
    assertThatThrownBy(() -> FeedSplitter.split("{\"uri\": \"x\"}".getBytes()))
        .isInstanceOf(Exception.class);
  }
}
