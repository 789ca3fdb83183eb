package io.wirewatch.formats;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.WireItem;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedParserTest {

  @Test
  void shouldMakeOneItemPerRssEntryWithContentEncodedAsBodyAndMarkupStripped() {
    // when
    ParseResult.Accepted result = (ParseResult.Accepted) Fixtures.parse("rss/world.xml");

    // then
    assertThat(result.format()).isEqualTo("rss");
    assertThat(result.items()).hasSize(2);
    WireItem ferry = result.items().get(0);
    assertThat(ferry.uri()).isEqualTo("urn:example:wire:ferry-crete");
    assertThat(ferry.headline()).isEqualTo("Ferry & cargo ship collide off Crete");
    assertThat(ferry.bodyText()).doesNotContain("<", "alert(1)", "Short teaser");
    assertThat(ferry.versionCreated()).isEqualTo(Instant.parse("2023-04-07T08:30:00Z"));
    assertThat(ferry.byline()).isEqualTo("Eleni Papadaki");
    assertThat(ferry.language()).isEqualTo("en");
    assertThat(ferry.source()).isEqualTo("rss/world.xml");
  }

  @Test
  void shouldReadAtomEntryIdUpdatedAndHtmlContentAndTheAgencyFromTheFeed() {
    // when
    WireItem item = Fixtures.accepted("atom/agency.xml", "atom");

    // then
    assertThat(item.uri()).isEqualTo("urn:newsml:dpa.com:20230407:atom-1");
    assertThat(item.versionCreated()).as("updated, not published").isEqualTo(Instant.parse("2023-04-07T09:40:00Z"));
    assertThat(item.firstCreated()).isEqualTo(Instant.parse("2023-04-07T09:00:00Z"));
    assertThat(item.headline()).isEqualTo("Train derails near Uelzen");
    assertThat(item.agency()).isEqualTo("dpa");
  }

  @Test
  void shouldFallBackToTheLinkWhenAnEntryHasNoGuid() {
    // given
    String rss = "<rss version=\"2.0\"><channel><title>t</title><link>https://example.invalid/</link>"
        + "<description>d</description><item><title>Bridge opens</title><link>https://example.invalid/bridge</link>"
        + "<description>The bridge opened.</description></item></channel></rss>";

    // when
    ParseResult result = Fixtures.PARSERS.parse(rss.getBytes(StandardCharsets.UTF_8), "feed");

    // then
    assertThat(((ParseResult.Accepted) result).items().get(0).uri()).isEqualTo("https://example.invalid/bridge");
  }

  @Test
  void shouldRejectAFeedWithoutAnyUsableEntryAsEmptyBody() {
    Fixtures.rejected(Fixtures.bytes("rss/empty-entries.xml"), RejectReason.EMPTY_BODY);
  }

  @Test
  void shouldRejectABrokenFeedAsMalformedXml() {
    Fixtures.rejected("<rss version=\"2.0\"><channel><item></channel></rss>".getBytes(), RejectReason.MALFORMED_XML);
  }
}
