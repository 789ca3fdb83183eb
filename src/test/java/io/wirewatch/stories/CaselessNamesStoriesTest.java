package io.wirewatch.stories;

import static io.wirewatch.stories.StoryItems.item;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.WireItem;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Arabic writes no capitals, so its names are read from the titles and roles that announce them: two reports
 * under the same headline words about two different men stay apart, two reports of one event naming one man
 * join, and a language read from capitals is read as before. The sentences and names are invented.
 */
class CaselessNamesStoriesTest {
  private static final TermProfiles PROFILES = new TermProfiles(TermProfiles.Weights.standard());
  private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

  @Test
  void shouldReadANameAfterATitleAndWriteItAlikeAcrossSpellings() {
    assertThat(NameReader.in("قال الدكتور سامر عبد الرحيم، وزير الزراعة، إن الخطة جاهزة.", "ar"))
        .containsExactly("سامر عبدالرحيم");
    assertThat(NameReader.in("وأكد د. سامر عبدالرحيم أن الخطة جاهزة.", "ar")).containsExactly("سامر عبدالرحيم");
    // the title's adjective is skipped, the hamza and the alef maqsura are written alike
    assertThat(NameReader.in("وقال الرئيس الجزيري مُصطفى أنور إن الحوار مستمر.", "ar"))
        .containsExactly("مصطفي انور");
    assertThat(NameReader.in("وقال الرئيس الجزيري مصطفي أنور إن الحوار مستمر.", "ar"))
        .containsExactly("مصطفي انور");
  }

  @Test
  void shouldReadANameBetweenAVerbOfSayingAndARoleButNotAfterAVerbAlone() {
    assertThat(NameReader.in("وأوضح نبيل حداد، رئيس البلدية، أن الطريق سيفتح غدا.", "ar"))
        .containsExactly("نبيل حداد");
    assertThat(NameReader.in("وأوضح المجلس في بيان أن الطريق سيفتح غدا.", "ar")).isEmpty();
    assertThat(NameReader.in("وقالت وزارة النقل إن الطريق سيفتح غدا.", "ar")).isEmpty();
  }

  /** The first report: a minister, named after his title, sets the date of a new market. */
  private static final WireItem MARKET = item("ar1", "ar", "وزير الزراعة يعلن موعد افتتاح السوق الجديد",
      "قال الدكتور سامر عبد الرحيم، وزير الزراعة، إن السوق الجديد للمزارعين يفتتح في الربيع المقبل.",
      "وأضاف الوزير أن السوق يضم مئات المحال للخضار والفواكه.");

  @Test
  void shouldKeepApartTwoReportsOfOneOfficeAboutTwoDifferentMen() {
    StoryClusterer.Assignment other = assign(storyOf(MARKET), item("ar2", "ar", "وزير الزراعة يحدد موعد صرف الأسمدة",
        "قال الدكتور سامر نوفل، وزير الزراعة، إن صرف الأسمدة للمزارعين يبدأ في الربيع المقبل.",
        "وأوضح الوزير أن الكميات تكفي كل المحافظات."));
    assertThat(other.storyId()).as(other.reason()).isNotEqualTo("s-ar1");
  }

  @Test
  void shouldJoinTwoReportsOfOneEventNamingOneMan() {
    StoryClusterer.Assignment same = assign(storyOf(MARKET), item("ar3", "ar", "افتتاح السوق الجديد للمزارعين في الربيع",
        "أعلن وزير الزراعة الدكتور سامر عبدالرحيم أن السوق الجديد للمزارعين يفتتح في الربيع المقبل.",
        "وأوضح أن السوق يضم مئات المحال."));
    assertThat(same.storyId()).as(same.reason()).isEqualTo("s-ar1");
  }

  @Test
  void shouldReadALanguageWithCapitalsAsBefore() {
    assertThat(CaselessNames.of("en").reads()).isFalse();
    assertThat(CaselessNames.of("ar").reads()).isTrue();
    String text = "Dr. Jane Roe, the farm minister, said the new market opens in spring.";
    assertThat(NameReader.in(text, "en")).containsExactly("jane roe");
    assertThat(PROFILES.of(item("en1", "en", "Farm minister sets market date", text)).keySet())
        .contains("n:jane roe", "n:jane", "n:roe");
  }

  /** A clusterer whose one open story is the item's. */
  private static StoryClusterer storyOf(WireItem item) {
    StoryClusterer c = new StoryClusterer(StoryClusterer.Settings.standard(),
        new DocumentFrequencies(Map.of(), 0), List.of());
    StoryClusterer.Assignment a = assign(c, item);
    c.join(a.storyId(), c.vector(PROFILES.of(item)), T0);
    return c;
  }

  private static StoryClusterer.Assignment assign(StoryClusterer c, WireItem item) {
    Map<String, Float> terms = PROFILES.of(item);
    c.observe(terms);
    return c.assign(c.vector(terms), T0.plusSeconds(3600), "s-" + item.uri());
  }
}
