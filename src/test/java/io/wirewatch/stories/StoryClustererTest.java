package io.wirewatch.stories;

import static io.wirewatch.stories.StoryItems.terms;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryClustererTest {
  private static final Instant T0 = Instant.parse("2022-09-13T10:00:00Z");

  private StoryClusterer clusterer() {
    var settings = new StoryClusterer.Settings(0.4, Duration.ofDays(14), Duration.ofDays(1), Duration.ofDays(3),
        300, 200, 0);
    return new StoryClusterer(settings, new DocumentFrequencies(Map.of(), 0), List.of());
  }


  @Test
  void shouldJoinAnItemThatSharesNamesAndPlacesAndOpenAStoryOtherwise() {
    StoryClusterer c = clusterer();
    Map<String, Float> turkey = terms("n:malatya", "n:yesilyurt", "p:turkey", "w:earthquak", "w:kill");
    c.observe(turkey);
    StoryClusterer.Assignment first = c.assign(c.vector(turkey), T0, "s-turkey");
    c.join(first.storyId(), c.vector(turkey), T0);
    Map<String, Float> peru = terms("n:arequipa", "n:chivay", "p:peru", "w:earthquak", "w:kill");
    c.observe(peru);

    StoryClusterer.Assignment p = c.assign(c.vector(peru), T0.plusSeconds(600), "s-peru");
    Map<String, Float> turkeyAgain = terms("n:malatya", "n:yesilyurt", "p:turkey", "w:rescu", "w:rubbl");
    c.observe(turkeyAgain);
    StoryClusterer.Assignment t = c.assign(c.vector(turkeyAgain), T0.plusSeconds(1200), "s-other");

    assertThat(first.opened()).isTrue();
    assertThat(p.opened()).as("a same-day look-alike in another country").isTrue();
    assertThat(t.opened()).isFalse();
    assertThat(t.storyId()).isEqualTo("s-turkey");
  }

  @Test
  void shouldCloseTheStoriesJoinedLongestAgoWhenMoreThanTheLimitAreOpen() {
    var settings = new StoryClusterer.Settings(0.4, Duration.ofDays(14), Duration.ofDays(1), Duration.ofDays(3),
        300, 200, 0, Duration.ofDays(365), 3);
    StoryClusterer c = new StoryClusterer(settings, new DocumentFrequencies(Map.of(), 0), List.of());
    String[] towns = {"n:oldbridge", "n:millford", "n:eastcombe", "n:northholt", "n:westerby"};
    for (int i = 0; i < towns.length; i++) {
      Map<String, Float> t = terms(towns[i], "w:flood", "w:river" + i);
      c.observe(t);
      c.join("s-" + i, c.vector(t), T0.plusSeconds(3_600L * (i == 1 ? 10 : i)));
    }

    List<String> closed = c.closeBeyondLimit();

    assertThat(closed).as("the two joined longest ago, not the second opened, which was joined last")
        .containsExactly("s-0", "s-2");
    assertThat(c.isOpen("s-1")).isTrue();
    assertThat(c.isOpen("s-2")).isFalse();
    assertThat(c.remembered("s-0")).as("a closed story can be reopened").isNotNull();
    assertThat(c.closeBeyondLimit()).as("within the limit").isEmpty();
  }

  @Test
  void shouldNotJoinTwoEventsInAMinorityLanguageOnItsCommonWords() {
    StoryClusterer c = clusterer();
    for (int i = 0; i < 60; i++) {
      c.observe(terms("l:en", "w:said", "w:polic"));
    }
    String[] grammar = {"l:xx", "w:ka", "w:lo", "w:mi", "w:ta"};
    for (int i = 0; i < 6; i++) {
      c.observe(terms(grammar));
    }
    Map<String, Float> flood = terms("l:xx", "w:ka", "w:lo", "w:mi", "w:ta", "w:flood", "w:rivertown");
    c.observe(flood);
    c.join("s-flood", c.vector(flood), T0);
    Map<String, Float> vote = terms("l:xx", "w:ka", "w:lo", "w:mi", "w:ta", "w:ballot", "w:hilltown");
    c.observe(vote);

    StoryClusterer.Assignment a = c.assign(c.vector(vote), T0.plusSeconds(600), "s-vote");

    assertThat(a.opened()).as("words in every item of the language say nothing of the event").isTrue();
  }

  @Test
  void shouldDampAStoryNotSeenForLongAndCloseItAfterTheWindow() {
    StoryClusterer c = clusterer();
    Map<String, Float> item = terms("n:malatya", "p:turkey", "w:earthquak");
    c.observe(item);
    c.join("s-1", c.vector(item), T0);

    double fresh = c.assign(c.vector(item), T0.plus(Duration.ofHours(2)), "x").score();
    double stale = c.assign(c.vector(item), T0.plus(Duration.ofDays(7)), "x").score();

    assertThat(fresh).isGreaterThan(0.99);
    assertThat(stale).as("one day of grace, then two half-lives of three days").isCloseTo(0.25,
        org.assertj.core.data.Offset.offset(0.01));
    assertThat(c.expire(T0.plus(Duration.ofDays(15)))).containsExactly("s-1");
    assertThat(c.isOpen("s-1")).isFalse();
  }

  @Test
  void shouldWeighRareTermsMoreThanCommonOnes() {
    StoryClusterer c = clusterer();
    for (int i = 0; i < 20; i++) {
      c.observe(terms("w:polic", "w:said"));
    }
    c.observe(terms("n:mckeesport"));

    Map<String, Float> v = c.vector(terms("w:polic", "n:mckeesport"));

    assertThat(v.get("n:mckeesport")).isGreaterThan(v.get("w:polic"));
  }

  @Test
  void shouldJoinAReportInAnotherLanguageOnSharedAnchorsAndSaySo() {
    StoryClusterer c = clusterer();
    Map<String, Float> en = terms("l:en", "n:valdoria", "n:marenport", "d:6.1", "d:1250", "e:quake", "w:homeless",
        "w:struck");
    c.observe(en);
    c.join("s-quake", c.vector(en), T0);
    Map<String, Float> other = terms("l:en", "n:ostrava", "d:300", "e:flood", "w:river", "w:homeless");
    c.observe(other);
    c.join("s-flood", c.vector(other), T0);
    Map<String, Float> de = terms("l:de", "n:valdoria", "n:marenport", "d:6.1", "d:1250", "e:quake", "w:obdachlo",
        "w:erschuttert");
    c.observe(de);

    StoryClusterer.Assignment a = c.assign(c.vector(de), T0.plusSeconds(900), "s-new");
    c.join(a.storyId(), c.vector(de), T0.plusSeconds(900));

    assertThat(a.storyId()).isEqualTo("s-quake");
    assertThat(a.reason()).contains("across languages").contains("name valdoria").contains("number 6.1");
    assertThat(c.languages("s-quake")).containsExactly("de", "en");
  }

  @Test
  void shouldNotJoinAReportInAnotherLanguageOnNumbersAndYearsAlone() {
    StoryClusterer c = lowThreshold();
    Map<String, Float> en = terms("l:en", "n:valdoria", "n:marenport", "d:31", "d:140", "y:2021", "w:ferry",
        "w:capsiz");
    c.observe(en);
    c.join("s-ferry", c.vector(en), T0);
    Map<String, Float> es = terms("l:es", "n:ostrava", "n:lidia ramos", "d:31", "d:140", "y:2021", "w:presupuesto",
        "w:hospital");
    c.observe(es);
    Map<String, Float> esSameEvent = terms("l:es", "n:valdoria", "d:31", "d:140", "y:2021", "w:transbordador",
        "w:naufrag");
    c.observe(esSameEvent);

    StoryClusterer.Assignment budget = c.assign(c.vector(es), T0.plusSeconds(600), "s-budget");
    StoryClusterer.Assignment ferry = c.assign(c.vector(esSameEvent), T0.plusSeconds(900), "s-new");

    assertThat(budget.opened()).as("same figures and year, other people and place").isTrue();
    assertThat(budget.reason()).contains("nothing in common but numbers and years");
    assertThat(ferry.storyId()).as("the same figures beside the same place").isEqualTo("s-ferry");
  }

  @Test
  void shouldNotJoinAReportInAnotherLanguageOnNumbersAndACountryAlone() {
    StoryClusterer c = lowThreshold();
    opened(c, "s-quake", terms("l:es", "n:marenport", "c:us", "d:1000", "d:19", "e:quake", "w:terremoto"));
    List<Map<String, Float>> ar = List.of(terms("l:ar", "n:rob sample", "c:us", "d:1000", "d:19", "w:jaiza"),
        terms("l:ar", "c:us", "d:1000", "d:19", "e:quake", "w:zilzal"));
    ar.forEach(c::observe);

    StoryClusterer.Assignment other = c.assign(c.vector(ar.get(0)), T0.plusSeconds(600), "s-prize");
    StoryClusterer.Assignment same = c.assign(c.vector(ar.get(1)), T0.plusSeconds(900), "s-new");

    assertThat(other.opened()).as("the same figures and country, another event").isTrue();
    assertThat(other.reason()).contains("nothing in common but numbers, years and countries");
    assertThat(same.storyId()).as("the same figures and country beside the same kind of event").isEqualTo("s-quake");
  }

  @Test
  void shouldSayWhichContradictionAJoinOutweighed() {
    var settings = new StoryClusterer.Settings(0.2, Duration.ofDays(14), Duration.ofDays(1), Duration.ofDays(3),
        300, 200, 0);
    StoryClusterer c = new StoryClusterer(settings, new DocumentFrequencies(Map.of(), 0), List.of());
    Map<String, Float> first = terms("l:en", "n:harbourville", "n:jane roe", "w:heist", "w:jewel", "w:robber",
        "w:vault", "w:tunnel", "y:2019");
    c.observe(first);
    c.join("s-1", c.vector(first), T0);
    Map<String, Float> later = terms("l:en", "n:harbourville", "n:jane roe", "w:heist", "w:jewel", "w:robber",
        "w:vault", "w:tunnel", "y:2024");
    c.observe(later);

    StoryClusterer.Assignment a = c.assign(c.vector(later), T0.plusSeconds(600), "s-2");

    assertThat(a.opened()).isFalse();
    assertThat(a.reason()).startsWith("joins story s-1").contains("before: another year (2024 against 2019)");
  }

  @Test
  void shouldCompareYearsWithThoseTheStoryConfirmsNotOneReportsBackground() {
    StoryClusterer c = clusterer();
    Map<String, Float> first = terms("l:en", "n:harbourville", "w:heist", "w:jewel", "w:robber", "y:2019");
    c.observe(first);
    c.join("s-2019", c.vector(first), T0);
    Map<String, Float> followUp = terms("l:en", "n:harbourville", "w:heist", "w:jewel", "w:robber", "y:2019",
        "y:2012");
    c.observe(followUp);
    c.join("s-2019", c.vector(followUp), T0.plusSeconds(300));
    Map<String, Float> lookAlike = terms("l:en", "n:harbourville", "w:heist", "w:jewel", "w:robber", "y:2012");
    c.observe(lookAlike);

    StoryClusterer.Assignment a = c.assign(c.vector(lookAlike), T0.plusSeconds(600), "s-2012");

    assertThat(a.opened()).as("2012 is the follow-up's earlier case, not the story's year").isTrue();
    assertThat(a.reason()).contains("another year (2012 against 2019)");
  }

  @Test
  void shouldReadARestoredStoryWithoutYearCountsAsConfirmingItsCentroidYears() throws Exception {
    String json = "{\"id\":\"s-1\",\"centroid\":{\"y:2019\":0.5,\"w:heist\":0.5},\"recent\":[],\"items\":2,"
        + "\"firstSeen\":\"2022-09-13T10:00:00Z\",\"lastSeen\":\"2022-09-13T10:00:00Z\",\"languages\":[\"en\"]}";

    StoryProfile p = io.wirewatch.model.Json.mapper().readValue(json, StoryProfile.class);

    assertThat(p.years()).containsEntry("2019", StoryProfile.CONFIRMED).hasSize(1);
  }

  @Test
  void shouldWeighOtherLeadNamesMoreWhereNoDateTellsTheReportFromALookAlike() {
    Map<String, Float> story = terms("l:en", "n:harbourville", "n:ann example", "w:ferry", "w:pier", "w:collide",
        "w:storm");
    Map<String, Float> report = terms("l:en", "n:harbourville", "n:ann example", "w:ferry", "w:pier", "w:collide",
        "w:storm", "w:tug", "m:n:jane roe");
    Map<String, Float> datedReport = new java.util.HashMap<>(report);
    datedReport.put(TermProfiles.DATED + "2022", 0f);

    StoryClusterer.Assignment undated = assignAfter(story, report);
    StoryClusterer.Assignment dated = assignAfter(story, datedReport);

    assertThat(dated.opened()).isFalse();
    assertThat(dated.reason()).contains("before: the lead names others (jane roe)");
    assertThat(undated.opened()).isTrue();
    assertThat(undated.reason()).contains("kept apart from s-1").contains("the lead names others (jane roe)");
  }

  @Test
  void shouldKeepApartAnUndatedReportWhoseLeadNamesSomeoneInFullTheStoryNeverNames() {
    Map<String, Float> story = terms("l:en", "n:rovers", "n:harbourville", "n:ann example", "n:example", "w:coach",
        "w:dismiss", "w:season", "w:club", "m:n:rovers", "m:n:ann example");
    Map<String, Float> report = terms("l:en", "n:rovers", "n:harbourville", "w:coach", "w:dismiss", "w:season",
        "w:club", "w:assist", "w:ankle", "w:return", "w:train", "w:week", "n:jane roe", "m:n:rovers", "m:n:jane roe");
    Map<String, Float> datedReport = new java.util.HashMap<>(report);
    datedReport.put(TermProfiles.DATED + "2022", 0f);
    Map<String, Float> storyNamingRoe = new java.util.HashMap<>(story);
    storyNamingRoe.put("n:roe", 1f);

    StoryClusterer.Assignment undated = assignAfter(story, report);
    StoryClusterer.Assignment dated = assignAfter(story, datedReport);
    StoryClusterer.Assignment named = assignAfter(storyNamingRoe, report);

    assertThat(undated.opened()).as(undated.reason()).isTrue();
    assertThat(undated.reason()).contains("kept apart from s-1").contains("the lead names another (jane roe)");
    assertThat(dated.opened()).isFalse();
    assertThat(named.opened()).isFalse();
    assertThat(named.reason()).doesNotContain("the lead names another");
  }

  private StoryClusterer.Assignment assignAfter(Map<String, Float> story, Map<String, Float> report) {
    StoryClusterer c = clusterer();
    open(c, "s-1", story);
    c.observe(report);
    return c.assign(c.vector(report), T0.plusSeconds(600), "s-2");
  }

  /** Counts a report into the stream and opens story {@code id} with it. */
  private static void open(StoryClusterer c, String id, Map<String, Float> report) {
    c.observe(report);
    c.join(id, c.vector(report), T0);
  }

  @Test
  void shouldKeepApartAReportOfAnotherYearAndNameTheContradiction() {
    StoryClusterer c = clusterer();
    Map<String, Float> first = terms("l:en", "n:harbourville", "w:heist", "w:jewel", "w:robber", "y:2019");
    c.observe(first);
    c.join("s-2019", c.vector(first), T0);
    Map<String, Float> later = terms("l:en", "n:harbourville", "w:heist", "w:jewel", "w:robber", "y:2024");
    c.observe(later);

    StoryClusterer.Assignment a = c.assign(c.vector(later), T0.plusSeconds(600), "s-2024");

    assertThat(a.opened()).isTrue();
    assertThat(a.reason()).contains("kept apart from s-2019").contains("another year (2024 against 2019)");
  }

  @Test
  void shouldReadAYearBetweenTheStorysFirstAndLastAsItsHistoryAndSaySo() {
    StoryClusterer.Assignment a = afterHistoryOfLevy("y:2011");

    assertThat(a.storyId()).as("2011 lies in the history the story tells, 1994 to 2026").isEqualTo("s-levy");
    assertThat(a.reason()).doesNotContain("another year").contains("names 2011 within its years 1994-2026");
  }

  @Test
  void shouldStillReadAYearOutsideTheStorysSpanAsAnotherYear() {
    StoryClusterer.Assignment a = afterHistoryOfLevy("y:2011", "y:2031");

    assertThat(a.opened()).as("2031 is past the story's last year").isTrue();
    assertThat(a.reason()).contains("another year (2011 2031 against 1994 2026)");
  }

  /** How a report naming {@code years} is assigned after a story that tells a levy's history, 1994 to 2026. */
  private StoryClusterer.Assignment afterHistoryOfLevy(String... years) {
    StoryClusterer c = clusterer();
    Map<String, Float> first = terms("l:en", "n:marrowfield", "w:tollgat", "w:levy", "w:motorist", "y:1994",
        "y:2026");
    c.observe(first);
    c.join("s-levy", c.vector(first), T0);
    Map<String, Float> report = new HashMap<>(first);
    report.keySet().removeIf(t -> t.startsWith("y:"));
    report.putAll(terms(years));
    c.observe(report);
    return c.assign(c.vector(report), T0.plusSeconds(600), "s-other");
  }

  @Test
  void shouldNotJoinOnAPlaceAndAKindOfEventAlone() {
    StoryClusterer c = clusterer();
    Map<String, Float> first = terms("l:en", "p:dayton", "e:shooting", "n:jane roe", "w:porch");
    c.observe(first);
    c.join("s-1", c.vector(first), T0);
    Map<String, Float> other = terms("l:en", "p:dayton", "e:shooting", "n:ray doe", "w:garag");
    c.observe(other);

    StoryClusterer.Assignment a = c.assign(c.vector(other), T0.plusSeconds(600), "s-2");

    assertThat(a.opened()).isTrue();
  }
  @Test
  void shouldLeaveTheYearsOfADatedReportToItsDateAndReadThemAsItsHistory() {
    StoryClusterer c = clusterer();
    Map<String, Float> first = terms("l:en", "t:2026", "n:harbourville", "w:heist", "w:jewel", "w:robber",
        "y:2026");
    c.observe(first);
    c.join("s-heist", c.vector(first), T0);
    Map<String, Float> followUp = terms("l:en", "t:2026", "n:harbourville", "w:heist", "w:jewel", "w:robber",
        "y:2011", "y:2015");
    c.observe(followUp);

    StoryClusterer.Assignment a = c.assign(c.vector(followUp), T0.plusSeconds(600), "s-other");

    assertThat(a.storyId()).as("a suspect's earlier convictions are not another event").isEqualTo("s-heist");
    assertThat(a.reason()).doesNotContain("another year");
  }

  @Test
  void shouldJoinReportsOfOneAddressOverOtherNamesAndSaySo() {
    StoryClusterer c = clusterer();
    Map<String, Float> first = terms("l:en", "a:1300 elm", "p:lakeport", "e:shooting", "n:lakeport police",
        "w:wound", "w:night");
    c.observe(first);
    c.join("s-elm", c.vector(first), T0);
    Map<String, Float> named = terms("l:en", "a:1300 elm", "p:lakeport", "e:shooting", "n:ray doe", "m:n:ray doe",
        "w:victim", "w:identifi", "w:hospit", "w:famili");
    c.observe(named);

    StoryClusterer.Assignment a = c.assign(c.vector(named), T0.plusSeconds(600), "s-named");

    assertThat(a.storyId()).isEqualTo("s-elm");
    assertThat(a.reason()).contains("the same address (1300 elm) outweighs").contains("the lead names others");
  }

  @Test
  void shouldNotJoinOnAnAddressThatManyOpenStoriesState() {
    StoryClusterer c = clusterer();
    String[][] stories = {{"w:budget", "w:tax"}, {"w:summit", "w:envoy"}, {"w:strike", "w:nurs"}};
    for (String[] words : stories) {
      Map<String, Float> t = terms("l:en", "a:10 downing", "p:london", words[0], words[1]);
      c.observe(t);
      c.join("s-" + words[0], c.vector(t), T0);
    }
    Map<String, Float> other = terms("l:en", "a:10 downing", "p:london", "w:flood", "w:barrier", "w:river");
    c.observe(other);

    StoryClusterer.Assignment a = c.assign(c.vector(other), T0.plusSeconds(600), "s-flood");

    assertThat(a.opened()).as("the seat of a government is in many stories and tells none of them").isTrue();
  }

  @Test
  void shouldReadATownAReportWritesAsAPlaceAsNoParticipant() {
    Map<String, Float> story = terms("l:en", "n:lakeport", "n:jane roe", "w:market", "w:fire", "w:stall", "w:blaze");
    Map<String, Float> asName = terms("l:en", "n:lakeport", "n:ray doe", "w:market", "w:fire", "w:stall", "w:smoke");
    Map<String, Float> asPlace = new java.util.HashMap<>(asName);
    asPlace.put("p:lakeport", 1f);

    StoryClusterer.Assignment name = assignAfter(story, asName);
    StoryClusterer.Assignment place = assignAfter(story, asPlace);

    assertThat(name.reason()).doesNotContain("no participant in common");
    assertThat(place.opened()).isTrue();
    assertThat(place.reason()).contains("kept apart from s-1").contains("no participant in common");
  }

  @Test
  void shouldReadOneTownAndOnePersonNamedInFullAsTwoFactsOfOneEvent() {
    Map<String, Float> story = terms("l:en", "n:lakeport", "p:lakeport", "n:ray doe", "n:ray", "n:doe", "w:shot",
        "w:porch", "w:night");
    Map<String, Float> funeral = terms("l:en", "n:lakeport", "p:lakeport", "n:ray doe", "n:ray", "n:doe",
        "n:ann example", "w:shot", "w:porch", "w:funer");
    Map<String, Float> council = terms("l:en", "n:lakeport", "p:lakeport", "n:police", "n:ann example",
        "w:porch", "w:light", "w:vote");
    Map<String, Float> policeStory = terms("l:en", "n:lakeport", "p:lakeport", "n:police", "w:porch", "w:night");

    assertThat(assignAfter(story, funeral).reason()).doesNotContain("only one participant");
    assertThat(assignAfter(policeStory, council).reason()).contains("only one participant in common (police)");
  }

  @Test
  void shouldNotReadAWordTheStreamWritesInLowerCaseAsALeadName() {
    String stem = stemOf("updated");
    StoryClusterer c = clusterer();
    for (int i = 0; i < 6; i++) {
      c.observe(terms("l:en", "w:" + stem, "w:forecast"));
    }
    Map<String, Float> story = terms("l:en", "n:harbourville", "n:ann example", "w:ferry", "w:pier", "w:collide");
    c.observe(story);
    c.join("s-1", c.vector(story), T0);
    Map<String, Float> opener = terms("l:en", "n:harbourville", "n:ann example", "w:ferry", "w:pier", "w:collide",
        "w:" + stem, "n:updated", "m:n:updated");
    Map<String, Float> other = terms("l:en", "n:harbourville", "n:ann example", "w:ferry", "w:pier", "w:collide",
        "n:jane roe", "m:n:jane roe");
    c.observe(opener);
    c.observe(other);

    assertThat(c.assign(c.vector(opener), T0.plusSeconds(600), "s-2").reason())
        .as("\"Updated:\" opening a headline names no one").doesNotContain("the lead names others");
    assertThat(c.assign(c.vector(other), T0.plusSeconds(600), "s-2").reason())
        .contains("the lead names others (jane roe)");
  }

  @Test
  void shouldLetAFollowUpDaysLaterKeepMostOfItsStorysWeight() {
    StoryClusterer c = new StoryClusterer(StoryClusterer.Settings.standard(), new DocumentFrequencies(Map.of(), 0),
        List.of());
    open(c, "s-1", terms("l:en", "n:ray doe", "p:lakeport", "w:shot", "w:porch", "w:night"));
    Map<String, Float> arrest = terms("l:en", "n:ray doe", "p:lakeport", "w:shot", "w:arrest", "w:charg");
    c.observe(arrest);

    StoryClusterer.Assignment sameDay = c.assign(c.vector(arrest), T0.plusSeconds(600), "s-2");
    StoryClusterer.Assignment fourDaysOn = c.assign(c.vector(arrest), T0.plus(Duration.ofDays(4)), "s-2");

    assertThat(fourDaysOn.storyId()).as("an arrest four days on is still the shooting's story").isEqualTo("s-1");
    assertThat(fourDaysOn.score()).isGreaterThan(0.6 * sameDay.score());
  }

  @Test
  void shouldReadATownInTheLeadOfADatedReportAsWhereNotWho() {
    Map<String, Float> story = terms("l:en", "n:harbourville", "n:ann example", "w:ferry", "w:pier", "w:collide",
        "w:storm");
    Map<String, Float> suburb = terms("l:en", "n:harbourville", "n:ann example", "w:ferry", "w:pier", "w:collide",
        "w:storm", "w:tug", "n:millbrook", "p:millbrook", "m:n:millbrook", TermProfiles.DATED + "2022");
    Map<String, Float> undated = new java.util.HashMap<>(suburb);
    undated.remove(TermProfiles.DATED + "2022");
    Map<String, Float> person = new java.util.HashMap<>(suburb);
    person.put("m:n:jane roe", 0f);

    assertThat(assignAfter(story, suburb).reason()).doesNotContain("the lead names others");
    assertThat(assignAfter(story, undated).reason()).contains("the lead names others (millbrook)");
    assertThat(assignAfter(story, person).reason()).contains("the lead names others");
  }

  @Test
  void shouldNotReadAWordTheStreamWritesInLowerCaseAsTheParticipantTwoNamesShare() {
    String stem = stemOf("department");
    Map<String, Float> story = terms("l:en", "n:harbourville fire department", "n:harbourville", "n:fire",
        "n:department", "w:blaze", "w:warehous", "w:crew", "w:smoke");
    Map<String, Float> report = terms("l:en", "n:lakeport water department", "n:lakeport", "n:water",
        "n:department", "w:blaze", "w:warehous", "w:crew", "w:pump");
    StoryClusterer unseen = clusterer();
    StoryClusterer seen = clusterer();
    for (int i = 0; i < 8; i++) {
      seen.observe(terms("l:en", "w:" + stem, "w:budget"));
    }
    open(unseen, "s-1", story);
    open(seen, "s-1", story);
    unseen.observe(report);
    seen.observe(report);

    StoryClusterer.Assignment asName = unseen.assign(unseen.vector(report), T0.plusSeconds(600), "s-2");
    StoryClusterer.Assignment asWord = seen.assign(seen.vector(report), T0.plusSeconds(600), "s-2");

    assertThat(asName.reason()).doesNotContain("no participant in common");
    assertThat(asWord.opened()).isTrue();
    assertThat(asWord.reason()).contains("kept apart from s-1").contains("no participant in common");
  }

  @Test
  void shouldFindANamesWordAmongTheWordsTheStreamWritesWithItsDiacritics() {
    // names are keyed in plain letters ("sube"), words as the copy spells them ("şube": a police branch)
    String stem = stemOf("şube", "tr");
    assertThat(stem).as("a stem that keeps its diacritics").contains("ş");
    Map<String, Float> story = terms("l:tr", "n:kadikoy narkotik sube", "n:kadikoy", "n:narkotik", "n:sube",
        "w:baskın", "w:gözalt", "w:uyuşturucu", "w:operasyon");
    Map<String, Float> report = terms("l:tr", "n:besiktas asayis sube", "n:besiktas", "n:asayis", "n:sube",
        "w:baskın", "w:gözalt", "w:uyuşturucu", "w:hırsız");
    StoryClusterer seen = clusterer();
    for (int i = 0; i < 8; i++) {
      seen.observe(terms("l:tr", "w:" + stem, "w:bütçe"));
    }
    open(seen, "s-1", story);
    seen.observe(report);

    StoryClusterer.Assignment asWord = seen.assign(seen.vector(report), T0.plusSeconds(600), "s-2");

    assertThat(asWord.opened()).as("two branches of two districts share a word, not a participant").isTrue();
    assertThat(asWord.reason()).contains("kept apart from s-1").contains("no participant in common");
  }

  /** The English stem of a word, as the stream counts it. */
  private static String stemOf(String word) {
    return stemOf(word, "en");
  }

  private static String stemOf(String word, String lang) {
    String[] stem = new String[1];
    WordStems.each(word, lang, s -> stem[0] = stem[0] == null ? s : stem[0]);
    return stem[0];
  }

  /** Opens story {@code id} with a first report of {@code terms}. */
  private static void opened(StoryClusterer c, String id, Map<String, Float> terms) {
    c.observe(terms);
    c.join(id, c.vector(terms), T0);
  }

  /** A clusterer with a low threshold, which shared figures and a year or a country alone would pass. */
  private static StoryClusterer lowThreshold() {
    var settings = new StoryClusterer.Settings(0.1, Duration.ofDays(14), Duration.ofDays(1), Duration.ofDays(3),
        300, 200, 0);
    return new StoryClusterer(settings, new DocumentFrequencies(Map.of(), 0), List.of());
  }
}
