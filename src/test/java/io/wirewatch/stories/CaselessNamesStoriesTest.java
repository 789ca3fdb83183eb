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
    assertThat(NameReader.in("وقال مسافرون إن الطريق سيفتح غدا.", "ar")).isEmpty();
  }

  @Test
  void shouldReadASpeakerSetOffByACommaOrAColonButNotANounWithItsComplement() {
    assertThat(NameReader.in("وقالت ريم: \"الطريق سيفتح غدا\".", "ar")).containsExactly("ريم");
    // "saying" ends a name: it is not part of who spoke
    assertThat(NameReader.in("وأضاف حداد قائلا: إن الطريق سيفتح غدا.", "ar")).doesNotContain("حداد قائلا");
    assertThat(NameReader.in("وأوضح نبيل حداد، في بيان، أن الطريق سيفتح غدا.", "ar")).containsExactly("نبيل حداد");
    // "the state of the driver": a noun and its complement with the article, not someone
    assertThat(NameReader.in("وقالت حالة السائق، بحسب الأطباء، إنها مستقرة.", "ar")).isEmpty();
  }

  @Test
  void shouldReadABodyThatSpeaksAfterAVerbOfSayingAsABody() {
    // the ministry is who spoke, as "the Transport Ministry" is a name in a cased script; its taa marbuta is
    // written alike, so the listed word makes it a body
    List<String> read = NameReader.in("وقالت وزارة النقل إن الطريق سيفتح غدا.", "ar");
    assertThat(read).containsExactly("وزاره النقل");
    assertThat(Institutions.is("n:" + TermProfiles.fold(read.get(0)), "ar")).isTrue();
    // a body read nowhere but after a verb of saying: the road the ministry paved says no one
    assertThat(NameReader.in("افتتح الطريق الذي رصفته وزارة النقل.", "ar")).isEmpty();
  }

  @Test
  void shouldKeepApartAReportWhereABodySpokeAndOneWhereAManSpoke() {
    StoryClusterer.Assignment other = assign(storyOf(DRILL), item("ar5", "ar",
        "رئيس جزيرستان يدعو جارته إلى الحوار",
        "دعا الرئيس الجزيري نبيل حداد جارته إلى الحوار بشأن بحر الشمال، وقال الرئيس حداد إن الحوار يبدأ"
            + " قريبا."));
    assertThat(other.storyId()).as(other.reason()).isNotEqualTo("s-ar4");
    assertThat(other.reason()).contains("kept apart from s-ar4", "no participant in common");
  }

  /** A report in which a body, not a man, speaks: a staff announces a drill at sea. */
  private static final WireItem DRILL = item("ar4", "ar", "جزيرستان تجري مناورات بحرية قرب بحر الشمال",
      "قالت هيئة الأركان في جزيرستان إن الجيش يجري مناورات بحرية قرب بحر الشمال، ونقلت وكالة الأنباء الرسمية"
          + " عن الهيئة أن المناورات تستمر حتى نهاية الشهر في جزيرستان.");

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
