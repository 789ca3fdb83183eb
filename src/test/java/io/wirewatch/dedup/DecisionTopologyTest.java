package io.wirewatch.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.Decision;
import io.wirewatch.model.DecisionStatus;
import io.wirewatch.model.PubStatus;
import io.wirewatch.model.SignedItem;
import io.wirewatch.model.Topics;
import io.wirewatch.model.WireItem;
import io.wirewatch.stories.StoryClusterer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DecisionTopologyTest {
  static final String QUAKE_TURKEY = """
      A magnitude 6.1 earthquake struck Malatya province in eastern Turkey on Tuesday, killing three people \
      and damaging dozens of buildings in the town of Yesilyurt, the disaster agency AFAD said.

      Rescue teams were searching the rubble of two collapsed houses in Yesilyurt, Malatya governor Hulusi \
      Sahin told reporters. Residents spent the night outdoors in freezing temperatures.

      The quake was felt in the neighbouring provinces of Elazig and Adiyaman, AFAD said.""";
  static final String QUAKE_TURKEY_OTHER_AGENCY = """
      Three people died when a strong earthquake hit Turkey's eastern Malatya province, the AFAD emergency \
      agency said, with the worst damage in Yesilyurt.

      Governor Hulusi Sahin said rescuers were still working at two homes that collapsed in Yesilyurt. \
      Tremors were also reported in Elazig and Adiyaman.""";
  static final String QUAKE_PERU = """
      A magnitude 5.8 earthquake shook the Arequipa region of southern Peru on Tuesday, killing two people \
      and cutting roads in the Colca valley near the town of Chivay, civil defence officials said.

      Landslides blocked the road between Chivay and Arequipa city, regional governor Rohel Sanchez said. \
      Peru's INDECI agency said it was sending tents and water.""";

  private final Topics topics = new Topics("");
  private DecisionDriver decide;
  private TopologyTestDriver driver;
  private TestInputTopic<String, SignedItem> in;
  private TestOutputTopic<String, Decision> out;

  @BeforeEach
  void setUp() {
    decide = new DecisionDriver("decide-test");
    driver = decide.driver;
    in = decide.in;
    out = decide.out;
  }

  @AfterEach
  void tearDown() {
    decide.close();
  }

  private void send(String source, String uri, String version, String time, PubStatus status, String headline,
      String body) {
    WireItem item = new WireItem(uri, version, Instant.parse(time), null, source.split("-")[0], "en", headline,
        List.of(body.split("\n\n")), null, null, null, null, 3, status, List.of(), null, List.of(), List.of(),
        source, "ninjs-2", Instant.parse(time));
    in.pipeInput(uri, Signer.standard().apply(item), Instant.parse(time));
  }

  private Map<String, Decision> decisions() {
    return out.readValuesToList().stream().collect(Collectors.toMap(Decision::source, d -> d, (a, b) -> b,
        java.util.LinkedHashMap::new));
  }

  @Test
  void shouldNotApplyALateOlderVersionAndKeepTheNewestInTheStore() {
    send("reuters-2", "u1", "2", "2022-09-13T11:00:00Z", PubStatus.USABLE, "Quake kills three", QUAKE_TURKEY);
    send("reuters-1", "u1", "1", "2022-09-13T10:00:00Z", PubStatus.USABLE, "Quake kills three", QUAKE_TURKEY);

    assertThat(decisions().get("reuters-1").reasons()).anyMatch(r -> r.contains("arrived late"));
    VersionState state = driver.<String, VersionState>getKeyValueStore(DecisionTopology.VERSIONS).get("u1");
    assertThat(state.version()).isEqualTo("2");
  }

  @Test
  void shouldForgetAUriIdleForLongerThanTheRetentionAndStillUpdateAnActiveOne() {
    send("afp-1", "old", "1", "2022-09-01T10:00:00Z", PubStatus.USABLE, "Quake kills three", QUAKE_TURKEY);
    send("afp-2", "fresh", "1", "2022-09-25T10:00:00Z", PubStatus.USABLE, "Peru quake kills two", QUAKE_PERU);
    send("afp-3", "later", "1", "2022-10-05T10:00:00Z", PubStatus.USABLE, "Quake felt in Elazig",
        QUAKE_TURKEY_OTHER_AGENCY);
    send("afp-4", "fresh", "2", "2022-10-05T11:00:00Z", PubStatus.USABLE, "Peru quake kills two, cuts roads",
        QUAKE_PERU + "\n\nThe road to Chivay reopened on Wednesday, officials said.");

    var store = driver.<String, VersionState>getKeyValueStore(DecisionTopology.VERSIONS);
    assertThat(store.get("old")).as("idle for 34 days, past the 30-day retention").isNull();
    assertThat(store.get("fresh").version()).isEqualTo("2");
    assertThat(decisions().get("afp-4").status()).isEqualTo(DecisionStatus.UPDATE);
  }

  @Test
  void shouldKeepTheVersionStoreAboutOneRetentionBigHoweverLongItRuns() {
    Instant start = Instant.parse("2022-01-01T10:00:00Z");
    for (int day = 0; day < 200; day++) {
      send("ap-" + day, "u" + day, "1", start.plus(java.time.Duration.ofDays(day)).toString(), PubStatus.USABLE,
          "Quake day " + day, QUAKE_PERU.replace("two people", day + " people")
              + "\n\nThe worst damage was in the village of Zzvil" + (char) ('a' + day % 26)
              + (char) ('a' + day / 26 % 26) + "o, officials said.");
    }

    long remembered = 0;
    try (var all = driver.<String, VersionState>getKeyValueStore(DecisionTopology.VERSIONS).all()) {
      while (all.hasNext()) {
        all.next();
        remembered++;
      }
    }
    assertThat(remembered).as("uris of the last 30 days and one day's sweep").isBetween(30L, 32L);
    // and the term frequencies forget words seen once long ago: each day named its own invented place
    long places = TermCountLog.restore(driver.<String, byte[]>getKeyValueStore(DecisionTopology.TERMS)).counts()
        .keySet().stream().filter(t -> t.contains("zzvil")).count();
    assertThat(places).as("places named once since the last halving (a half-life is 12 weeks), not all 200")
        .isBetween(1L, 85L);
  }

  @Test
  void shouldRememberAtMostTheConfiguredNumberOfTextsForgettingTheEarliestFirst() {
    decide.close();
    List<Decider.Crowded> crowded = new java.util.ArrayList<>();
    decide = new DecisionDriver("decide-test-max", new Decider.Settings(0.8, 0.85, java.time.Duration.ofHours(72),
        Decider.Settings.DEFAULT_SKEW, Decider.Settings.DEFAULT_VERSION_RETENTION, 10),
        StoryClusterer.Settings.standard(), crowded::add);
    driver = decide.driver;
    in = decide.in;
    out = decide.out;
    Instant start = Instant.parse("2022-01-01T10:00:00Z");
    for (int i = 0; i < 25; i++) {
      send("ap-" + i, "u" + i, "1", start.plusSeconds(60L * i).toString(), PubStatus.USABLE, "Quake report " + i,
          QUAKE_PERU.replace("two people", i + " people") + "\n\nThe worst damage was in the village of Zzvil"
              + (char) ('a' + i) + "o, where " + (i + 3) + " homes fell, officials said.");
    }
    send("xinhua-old", "x0", "1", start.plusSeconds(3_000).toString(), PubStatus.USABLE, "Quake report",
        QUAKE_PERU.replace("two people", 0 + " people") + "\n\nThe worst damage was in the village of Zzvilao, "
            + "where 3 homes fell, officials said.");
    send("xinhua-new", "x24", "1", start.plusSeconds(3_060).toString(), PubStatus.USABLE, "Quake report",
        QUAKE_PERU.replace("two people", 24 + " people") + "\n\nThe worst damage was in the village of Zzvilyo, "
            + "where 27 homes fell, officials said.");

    Map<String, Decision> d = decisions();
    assertThat(d.get("xinhua-new").status()).as("a copy of a text still remembered")
        .isEqualTo(DecisionStatus.DUPLICATE);
    assertThat(d.get("xinhua-old").status()).as("a copy of a text crowded out").isNotEqualTo(DecisionStatus.DUPLICATE);
    long texts = 0;
    try (var all = driver.<String, DuplicateIndex.Entry>getKeyValueStore(DecisionTopology.TEXTS).all()) {
      while (all.hasNext()) {
        all.next();
        texts++;
      }
    }
    assertThat(texts).as("the store forgets what the window forgot").isBetween(1L, 10L);
    assertThat(crowded.stream().mapToInt(Decider.Crowded::texts).sum()).as("told, for the metric")
        .isEqualTo(25 + 2 - 1 - texts);
  }

  @Test
  void shouldKeepAtMostTheConfiguredNumberOfStoriesOpenInItsStore() {
    decide.close();
    StoryClusterer.Settings std = StoryClusterer.Settings.standard();
    decide = new DecisionDriver("decide-test-open", Decider.Settings.standard(), new StoryClusterer.Settings(
        std.threshold(), std.window(), std.grace(), std.halfLife(), std.centroidTerms(), std.itemTerms(),
        std.recentItems(), std.reopen(), 4));
    driver = decide.driver;
    in = decide.in;
    out = decide.out;
    send("afp-1", "t1", "1", "2022-09-13T10:00:00Z", PubStatus.USABLE, "Quake kills three", QUAKE_TURKEY);
    send("ap-1", "p1", "1", "2022-09-13T10:10:00Z", PubStatus.USABLE, "Peru quake kills two", QUAKE_PERU);
    Instant start = Instant.parse("2022-09-13T11:00:00Z");
    for (int i = 0; i < 8; i++) {
      // invented words of their own in each report: eight unrelated events
      StringBuilder body = new StringBuilder();
      for (int w = 0; w < 30; w++) {
        body.append(w % 6 == 0 ? "Q" : "q").append((char) ('a' + i)).append((char) ('a' + w % 26))
            .append(w % 2 == 0 ? "ton" : "mere").append(w % 10 == 9 ? ". " : " ");
      }
      send("dpa-" + i, "d" + i, "1", start.plusSeconds(600L * i).toString(), PubStatus.USABLE,
          "Report " + (char) ('a' + i), body.toString().strip() + ".");
    }

    long open = 0;
    try (var all = driver.<String, Object>getKeyValueStore(DecisionTopology.STORIES).all()) {
      while (all.hasNext()) {
        all.next();
        open++;
      }
    }
    Map<String, Decision> d = decisions();
    assertThat(d.values().stream().map(Decision::story).distinct().count()).as("ten events").isEqualTo(10);
    assertThat(open).as("open story profiles in the store").isBetween(1L, 4L);
  }

  @Test
  void shouldDecideAKillAfterAnUpdateAndAReleaseAfterWithheld() {
    send("afp-1", "u1", "1", "2022-09-13T10:00:00Z", PubStatus.USABLE, "Quake kills three", QUAKE_TURKEY);
    send("afp-2", "u1", "2", "2022-09-13T11:00:00Z", PubStatus.USABLE, "Quake kills three, damages homes",
        QUAKE_TURKEY + "\n\nAftershocks continued overnight, AFAD said.");
    send("afp-3", "u1", "3", "2022-09-13T12:00:00Z", PubStatus.CANCELED, "KILL - Quake story", "Story killed.");
    send("afp-4", "u2", "1", "2022-09-13T13:00:00Z", PubStatus.WITHHELD, "Peru quake", QUAKE_PERU);
    send("afp-5", "u2", "2", "2022-09-13T14:00:00Z", PubStatus.USABLE, "Peru quake kills two", QUAKE_PERU);

    Map<String, Decision> d = decisions();
    assertThat(d.values()).extracting(Decision::status).containsExactly(DecisionStatus.NEW, DecisionStatus.UPDATE,
        DecisionStatus.KILL, DecisionStatus.WITHHELD, DecisionStatus.UPDATE);
    assertThat(d.get("afp-3").story()).isEqualTo(d.get("afp-1").story());
  }

  @Test
  void shouldRecogniseTheFiveKindsOfDuplicateAndPointAtTheTextTheyCopy() {
    send("reuters-orig", "u1", "1", "2022-09-13T10:00:00Z", PubStatus.USABLE, "Quake kills three in Turkey",
        QUAKE_TURKEY);
    send("reuters-resend", "u1", "1", "2022-09-13T10:00:00Z", PubStatus.USABLE, "Quake kills three in Turkey",
        QUAKE_TURKEY);
    send("reuters-newuri", "u2", "1", "2022-09-13T10:20:00Z", PubStatus.USABLE, "Quake kills three in Turkey",
        QUAKE_TURKEY);
    send("reuters-rpt", "u3", "1", "2022-09-13T10:30:00Z", PubStatus.USABLE, "RPT-Quake kills three in Turkey",
        QUAKE_TURKEY);
    send("reuters-refile", "u1", "2", "2022-09-13T10:40:00Z", PubStatus.USABLE, "REFILE-Quake kills three in Turkey",
        QUAKE_TURKEY.replace("freezing", "freezng").replace("freezng", "freezing").replace("outdoors", "outdors"));
    send("partner-syndicated", "u4", "1", "2022-09-13T11:00:00Z", PubStatus.USABLE,
        "Deadly tremor rattles eastern Anatolia", QUAKE_TURKEY);

    Map<String, Decision> d = decisions();
    assertThat(d.get("reuters-orig").status()).isEqualTo(DecisionStatus.NEW);
    for (String copy : List.of("reuters-resend", "reuters-newuri", "reuters-rpt", "reuters-refile",
        "partner-syndicated")) {
      assertThat(d.get(copy).status()).as(copy).isEqualTo(DecisionStatus.DUPLICATE);
      assertThat(d.get(copy).story()).as(copy).isEqualTo(d.get("reuters-orig").story());
    }
    assertThat(d.get("reuters-resend").duplicateOf()).isEqualTo("reuters-orig");
    assertThat(d.get("reuters-newuri").duplicateOf()).isEqualTo("reuters-orig");
    assertThat(d.get("partner-syndicated").duplicateOf()).isEqualTo("reuters-orig");
  }

  @Test
  void shouldNotCallAnUpdateThatChangesAFigureADuplicate() {
    send("ap-1", "u1", "1", "2022-09-13T10:00:00Z", PubStatus.USABLE, "Quake kills three", QUAKE_TURKEY);
    send("ap-2", "u1", "2", "2022-09-13T12:00:00Z", PubStatus.USABLE, "Quake kills five",
        QUAKE_TURKEY.replace("killing three people", "killing 5 people"));

    assertThat(decisions().get("ap-2").status()).isEqualTo(DecisionStatus.UPDATE);
  }

  @Test
  void shouldKeepTwoSameDayEarthquakesApartAndJoinACrossAgencyReport() {
    send("reuters-turkey", "u1", "1", "2022-09-13T10:00:00Z", PubStatus.USABLE,
        "Earthquake kills three in eastern Turkey", QUAKE_TURKEY);
    send("ap-peru", "u2", "1", "2022-09-13T10:30:00Z", PubStatus.USABLE, "Earthquake kills two in southern Peru",
        QUAKE_PERU);
    send("afp-turkey", "u3", "1", "2022-09-13T11:00:00Z", PubStatus.USABLE,
        "Three dead as quake hits Turkey's Malatya", QUAKE_TURKEY_OTHER_AGENCY);

    Map<String, Decision> d = decisions();
    assertThat(d.get("ap-peru").story()).isNotEqualTo(d.get("reuters-turkey").story());
    assertThat(d.get("afp-turkey").story()).isEqualTo(d.get("reuters-turkey").story());
    assertThat(d.get("afp-turkey").status()).isEqualTo(DecisionStatus.NEW);
    try (var all = driver.getKeyValueStore(DecisionTopology.STORIES).all()) {
      int open = 0;
      while (all.hasNext()) {
        all.next();
        open++;
      }
      assertThat(open).as("open story profiles").isEqualTo(2);
    }
  }

  @Test
  void shouldNameItsProcessorsAndStores() {
    StreamsBuilder b = new StreamsBuilder();
    new DecisionTopology(topics, Decider.Settings.standard(), StoryClusterer.Settings.standard()).addTo(b);

    assertThat(b.build().describe().toString()).contains("decide-signatures-source", "decide",
        "decide-decisions-sink", "decide-story-items-sink", DecisionTopology.VERSIONS, DecisionTopology.TEXTS,
        DecisionTopology.STORIES, DecisionTopology.TERMS, DecisionTopology.CLOSED);
  }

  @Test
  void shouldKeepAClosedStorysAnchorsInTheStoreUntilTheReopenRetentionRunsOut() {
    send("afp-1", "turkey", "1", "2022-09-01T10:00:00Z", PubStatus.USABLE, "Quake kills three", QUAKE_TURKEY);
    send("afp-2", "peru", "1", "2022-09-20T10:00:00Z", PubStatus.USABLE, "Peru quake kills two", QUAKE_PERU);
    var closed = driver.<String, io.wirewatch.stories.ClosedStories.Closed>getKeyValueStore(DecisionTopology.CLOSED);
    String turkey = decisions().get("afp-1").story();

    assertThat(driver.getKeyValueStore(DecisionTopology.STORIES).get(turkey)).as("closed after 14 days").isNull();
    assertThat(closed.get(turkey).anchors()).contains("n:hulusi sahin");

    send("afp-3", "later", "1", "2023-09-20T10:00:00Z", PubStatus.USABLE, "Peru quake kills two", QUAKE_PERU);
    assertThat(closed.get(turkey)).as("a year after its last report").isNull();
  }
}
