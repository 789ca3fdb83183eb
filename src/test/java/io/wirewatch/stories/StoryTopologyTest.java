package io.wirewatch.stories;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.alerts.StoryRules;
import io.wirewatch.figures.FigureAlerts;
import io.wirewatch.figures.FigureConfig;
import io.wirewatch.figures.FigureExtractor;
import io.wirewatch.figures.FigureLedger;
import io.wirewatch.model.Alert;
import io.wirewatch.model.AlertDetails;
import io.wirewatch.model.AlertType;
import io.wirewatch.model.DecidedItem;
import io.wirewatch.model.Decision;
import io.wirewatch.model.DecisionStatus;
import io.wirewatch.model.PubStatus;
import io.wirewatch.model.Story;
import io.wirewatch.model.Subject;
import io.wirewatch.model.Topics;
import io.wirewatch.model.WireItem;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The story stage on a TopologyTestDriver: merged stories, the figure ledger and the escalation ladder. */
class StoryTopologyTest {
  private static final List<Subject> CONFLICT = List.of(new Subject("medtop:16000000", "conflict, war and peace"));
  private final Topics topics = new Topics("");
  private TopologyTestDriver driver;
  private TestInputTopic<String, DecidedItem> in;
  private TestOutputTopic<String, Story> stories;
  private TestOutputTopic<String, Alert> alerts;

  @BeforeEach
  void setUp() {
    StreamsBuilder b = new StreamsBuilder();
    StoryStage stage = new StoryStage(new FigureExtractor(), new FigureLedger(FigureConfig.DEFAULTS),
        StoryRules.withDefaults(), item -> List.of());
    new StoryTopology(topics, () -> stage, Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC))
        .addTo(b);
    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, "stories-test");
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "dummy:9092");
    driver = new TopologyTestDriver(b.build(), p);
    in = driver.createInputTopic(topics.storyItems().name(), topics.storyItems().keySerde().serializer(),
        topics.storyItems().valueSerde().serializer());
    stories = driver.createOutputTopic(topics.stories().name(), topics.stories().keySerde().deserializer(),
        topics.stories().valueSerde().deserializer());
    alerts = driver.createOutputTopic(topics.alerts().name(), topics.alerts().keySerde().deserializer(),
        topics.alerts().valueSerde().deserializer());
  }

  @AfterEach
  void tearDown() {
    driver.close();
  }

  private void send(String source, String uri, String agency, int urgency, DecisionStatus status, String headline,
      String time, String... paragraphs) {
    sendVersion(source, uri, "1", agency, urgency, status, headline, time, paragraphs);
  }

  private void sendVersion(String source, String uri, String version, String agency, int urgency,
      DecisionStatus status, String headline, String time, String... paragraphs) {
    sendToStory("s-1", source, uri, version, agency, urgency, status, headline, time, paragraphs);
  }

  private void sendToStory(String story, String source, String uri, String version, String agency, int urgency,
      DecisionStatus status, String headline, String time, String... paragraphs) {
    PubStatus pub = status == DecisionStatus.KILL ? PubStatus.CANCELED : PubStatus.USABLE;
    WireItem item = new WireItem(uri, version, Instant.parse(time), null, agency, "en", headline,
        List.of(paragraphs), null, null, "Yerevan", null, urgency, pub, List.of(), null, CONFLICT,
        List.of("Armenia"), source, "ninjs-2", Instant.parse(time));
    Decision d = new Decision(uri, version, source, agency, "ninjs-2", headline, story, status,
        status == DecisionStatus.DUPLICATE ? "earlier" : null, List.of(), Instant.parse(time), Instant.parse(time));
    in.pipeInput(story, new DecidedItem(d, item), Instant.parse(time));
  }

  private void shelling() {
    send("a", "u1", "Reuters", 3, DecisionStatus.NEW, "Armenia says Azerbaijan shelled border towns",
        "2022-09-13T01:00:00Z",
        "Armenia's Defence Ministry said Azerbaijani forces opened fire with artillery and drones on Armenian "
            + "positions near the towns of Goris and Jermuk shortly after midnight.");
  }

  private void toll(String source, String uri, String agency, DecisionStatus status, String time, int killed) {
    send(source, uri, agency, 3, status, "Armenia says " + killed + " soldiers killed in Azerbaijan fighting", time,
        "Armenian Prime Minister Nikol Pashinyan told parliament that " + killed + " Armenian soldiers had been "
            + "killed in the fighting with Azerbaijan.");
  }

  @Test
  void shouldForgetAStoryNoItemJoinedWithinTheRetentionAndTombstoneIt() {
    sendToStory("old", "a", "u1", "1", "AFP", 3, DecisionStatus.NEW, "Flood closes river port",
        "2022-09-01T10:00:00Z", "The river port was closed after a flood, officials said.");
    sendToStory("kept", "b", "u2", "1", "AFP", 3, DecisionStatus.NEW, "Storm cuts power to villages",
        "2022-09-20T10:00:00Z", "A storm cut power to a dozen villages, the utility said.");
    sendToStory("new", "c", "u3", "1", "AFP", 3, DecisionStatus.NEW, "Bridge reopens after repairs",
        "2022-10-05T10:00:00Z", "The bridge reopened on Wednesday after two months of repairs.");

    var out = stories.readKeyValuesToList();
    assertThat(out).filteredOn(kv -> kv.value == null).extracting(kv -> kv.key)
        .as("34 days idle, past the 30-day retention: only the old story").containsExactly("old");
    assertThat(driver.<String, Story>getKeyValueStore(StoryTopology.STORIES).get("old")).isNull();
    assertThat(driver.<String, Object>getKeyValueStore(StoryTopology.STATE).get("old")).isNull();
    assertThat(driver.<String, Story>getKeyValueStore(StoryTopology.STORIES).get("kept")).isNotNull();
  }

  @Test
  void shouldMergeItemsIntoOneStoryWithAgenciesCountsAndTheMostUrgentUsableHeadline() {
    shelling();
    send("b", "u2", "AP", 2, DecisionStatus.NEW, "URGENT: Armenia reports fighting", "2022-09-13T02:00:00Z",
        "Fighting continued along the border, Armenian officials said.");
    send("c", "u2", "AP", 1, DecisionStatus.KILL, "KILL", "2022-09-13T03:00:00Z", "This story was withdrawn.");

    List<Story> versions = stories.readValuesToList();
    Story story = versions.get(versions.size() - 1);
    assertThat(story.agencies()).containsExactly("Reuters", "AP");
    assertThat(story.counts()).containsEntry("new", 2).containsEntry("kill", 1);
    assertThat(versions.get(1).headline()).isEqualTo("URGENT: Armenia reports fighting");
    assertThat(story.headline()).as("a killed item never gives the headline")
        .isEqualTo("Armenia says Azerbaijan shelled border towns");
    assertThat(driver.<String, Story>getKeyValueStore(StoryTopology.STORIES).get("s-1")).isEqualTo(story);
  }

  @Test
  void shouldSetTheFirstFigureSilentlyThenAlertOnAChangeButNotOnARepeatOrADuplicate() {
    shelling();
    toll("b", "u2", "AP", DecisionStatus.NEW, "2022-09-13T10:00:00Z", 49);
    toll("c", "u2", "AP", DecisionStatus.DUPLICATE, "2022-09-13T10:10:00Z", 49);
    toll("d", "u3", "Reuters", DecisionStatus.NEW, "2022-09-14T10:00:00Z", 105);
    toll("e", "u4", "AFP", DecisionStatus.NEW, "2022-09-14T18:00:00Z", 105);

    List<Alert> figureAlerts = alerts.readValuesToList().stream()
        .filter(a -> a.type() == AlertType.FIGURE_CHANGED || a.type() == AlertType.FIGURE_CONFLICT).toList();
    assertThat(figureAlerts).singleElement().satisfies(a -> {
      AlertDetails.FigureChanged c = (AlertDetails.FigureChanged) a.details();
      assertThat(c.metric()).isEqualTo("killed");
      assertThat(c.from()).isEqualTo(49);
      assertThat(c.to()).isEqualTo(105);
      assertThat(a.source()).isEqualTo("d");
    });
    Story story = driver.<String, Story>getKeyValueStore(StoryTopology.STORIES).get("s-1");
    assertThat(story.figures()).singleElement().satisfies(f ->
        assertThat(f.points()).extracting(Story.FigurePoint::value).containsExactly(49L, 105L, 105L));
  }

  @Test
  void shouldRaiseTheLadderSilentlyFirstThenAlertOnARiseOnly() {
    shelling();
    toll("b", "u2", "AP", DecisionStatus.NEW, "2022-09-13T10:00:00Z", 49);
    toll("c", "u3", "AFP", DecisionStatus.NEW, "2022-09-13T11:00:00Z", 49);

    List<Alert> escalations = alerts.readValuesToList().stream().filter(a -> a.type() == AlertType.ESCALATION)
        .toList();
    assertThat(escalations).singleElement().satisfies(a -> {
      AlertDetails.Escalation e = (AlertDetails.Escalation) a.details();
      assertThat(e.fromLevel()).isEqualTo("clashes");
      assertThat(e.toLevel()).isEqualTo("casualties");
      assertThat(a.source()).isEqualTo("b");
    });
    assertThat(driver.<String, Story>getKeyValueStore(StoryTopology.STORIES).get("s-1").level())
        .isEqualTo("casualties");
  }

  @Test
  void shouldAlertOnAKillAndStopCountingTheKilledItemsFigures() {
    shelling();
    toll("b", "u2", "AP", DecisionStatus.NEW, "2022-09-13T10:00:00Z", 49);
    toll("c", "u3", "Reuters", DecisionStatus.NEW, "2022-09-14T10:00:00Z", 150);
    send("d", "u3", "Reuters", 1, DecisionStatus.KILL, "KILL - Armenia toll story", "2022-09-14T11:00:00Z",
        "Reuters has withdrawn this story. The figure was wrong.");
    toll("e", "u4", "AFP", DecisionStatus.NEW, "2022-09-14T15:00:00Z", 105);

    List<Alert> all = alerts.readValuesToList();
    assertThat(all).filteredOn(a -> a.type() == AlertType.KILL).singleElement()
        .satisfies(a -> assertThat(a.source()).isEqualTo("d"));
    assertThat(all).filteredOn(a -> a.type() == AlertType.FIGURE_CHANGED).last().satisfies(a -> {
      AlertDetails.FigureChanged c = (AlertDetails.FigureChanged) a.details();
      assertThat(c.from()).as("the killed 150 no longer counts").isEqualTo(49);
      assertThat(c.to()).isEqualTo(105);
    });
  }

  private List<Alert> figureAlerts(List<Alert> all) {
    return all.stream().filter(a -> a.type() == AlertType.FIGURE_CHANGED || a.type() == AlertType.FIGURE_CONFLICT)
        .toList();
  }

  @Test
  void shouldAlertADownwardRevisionAsAChangeDownEvenFromAnotherAgencyWithinTheHour() {
    shelling();
    toll("b", "u2", "AP", DecisionStatus.NEW, "2022-09-13T10:00:00Z", 49);
    send("c", "u3", "AFP", 3, DecisionStatus.NEW, "Armenia lowers army death toll in border clashes",
        "2022-09-13T11:00:00Z",
        "Armenia's Defence Ministry revised down to 40 the number of Armenian soldiers killed in the clashes, "
            + "saying some of those listed had been found alive.");

    List<Alert> figureAlerts = figureAlerts(alerts.readValuesToList());
    assertThat(figureAlerts).as("a stated revision is news, never a disagreement").singleElement().satisfies(a -> {
      assertThat(a.type()).isEqualTo(AlertType.FIGURE_CHANGED);
      assertThat(a.id()).isEqualTo(FigureAlerts.alertId("s-1", AlertType.FIGURE_CHANGED, "killed", "armenia:troops", 49,
          40, "u3"));
      assertThat(a.source()).isEqualTo("c");
      assertThat(a.agency()).isEqualTo("AFP");
      AlertDetails.FigureChanged c = (AlertDetails.FigureChanged) a.details();
      assertThat(c.metric()).isEqualTo("killed");
      assertThat(c.from()).isEqualTo(49);
      assertThat(c.to()).isEqualTo(40);
      assertThat(c.direction()).isEqualTo("down");
      assertThat(c.previous().source()).isEqualTo("b");
      assertThat(c.previous().agency()).isEqualTo("AP");
      assertThat(c.current().source()).isEqualTo("c");
    });
    Story story = driver.<String, Story>getKeyValueStore(StoryTopology.STORIES).get("s-1");
    assertThat(story.figures()).singleElement().satisfies(f ->
        assertThat(f.points()).extracting(Story.FigurePoint::value).containsExactly(49L, 40L));
  }

  @Test
  void shouldAlertAConflictWhenTwoAgenciesDisagreeWithinTheWindowAndNoChange() {
    shelling();
    toll("b", "u2", "AP", DecisionStatus.NEW, "2022-09-13T10:00:00Z", 49);
    toll("c", "u3", "AFP", DecisionStatus.NEW, "2022-09-13T11:30:00Z", 60);

    List<Alert> figureAlerts = figureAlerts(alerts.readValuesToList());
    assertThat(figureAlerts).singleElement().satisfies(a -> {
      assertThat(a.type()).isEqualTo(AlertType.FIGURE_CONFLICT);
      assertThat(a.id()).isEqualTo(FigureAlerts.alertId("s-1", AlertType.FIGURE_CONFLICT, "killed", "armenia:troops",
          49, 60, "u3"));
      assertThat(a.agencies()).containsExactly("Reuters", "AP", "AFP");
      AlertDetails.FigureConflict c = (AlertDetails.FigureConflict) a.details();
      assertThat(c.metric()).isEqualTo("killed");
      assertThat(c.values()).containsExactly(49L, 60L);
      assertThat(c.sources()).extracting(AlertDetails.Provenance::source).containsExactly("b", "c");
      assertThat(c.sources()).extracting(AlertDetails.Provenance::agency).containsExactly("AP", "AFP");
    });
  }

  @Test
  void shouldAlertAChangeNotAConflictWhenTheSecondAgencyReportsAfterTheWindow() {
    shelling();
    toll("b", "u2", "AP", DecisionStatus.NEW, "2022-09-13T10:00:00Z", 49);
    toll("c", "u3", "AFP", DecisionStatus.NEW, "2022-09-13T12:30:00Z", 60);

    List<Alert> figureAlerts = figureAlerts(alerts.readValuesToList());
    assertThat(figureAlerts).singleElement().satisfies(a -> {
      assertThat(a.type()).isEqualTo(AlertType.FIGURE_CHANGED);
      assertThat(a.id()).isEqualTo(FigureAlerts.alertId("s-1", AlertType.FIGURE_CHANGED, "killed", "armenia:troops", 49,
          60, "u3"));
      AlertDetails.FigureChanged c = (AlertDetails.FigureChanged) a.details();
      assertThat(c.from()).isEqualTo(49);
      assertThat(c.to()).isEqualTo(60);
      assertThat(c.direction()).isEqualTo("up");
      assertThat(c.previous().agency()).isEqualTo("AP");
      assertThat(c.current().agency()).isEqualTo("AFP");
    });
  }

  @Test
  void shouldAlertACorrectionThatChangesAFigureAsBothACorrectionAndAChange() {
    shelling();
    toll("b", "u2", "AP", DecisionStatus.NEW, "2022-09-13T10:00:00Z", 49);
    sendVersion("c", "u2", "2", "AP", 3, DecisionStatus.CORRECTION,
        "CORRECTED - Armenia says 42 soldiers killed in Azerbaijan fighting", "2022-09-13T12:00:00Z",
        "Armenian Prime Minister Nikol Pashinyan told parliament that 42 Armenian soldiers had been killed in the "
            + "fighting with Azerbaijan.");

    List<Alert> all = alerts.readValuesToList();
    assertThat(all).filteredOn(a -> a.type() == AlertType.CORRECTION).singleElement().satisfies(a -> {
      assertThat(a.id()).isEqualTo("s-1/correction/u2@2");
      assertThat(a.source()).isEqualTo("c");
      AlertDetails.Correction c = (AlertDetails.Correction) a.details();
      assertThat(c.correctedUri()).isEqualTo("u2");
      assertThat(c.changes()).contains("figure: 49 -> 42");
    });
    assertThat(figureAlerts(all)).singleElement().satisfies(a -> {
      assertThat(a.type()).isEqualTo(AlertType.FIGURE_CHANGED);
      assertThat(a.id()).isEqualTo(FigureAlerts.alertId("s-1", AlertType.FIGURE_CHANGED, "killed", "armenia:troops", 49,
          42, "u2"));
      AlertDetails.FigureChanged c = (AlertDetails.FigureChanged) a.details();
      assertThat(c.from()).isEqualTo(49);
      assertThat(c.to()).isEqualTo(42);
      assertThat(c.direction()).isEqualTo("down");
    });
  }

  @Test
  void shouldRaiseNoAlertWithANewIdWhenTheSameItemsArriveAgain() {
    shelling();
    toll("b", "u2", "AP", DecisionStatus.NEW, "2022-09-13T10:00:00Z", 49);
    toll("d", "u3", "Reuters", DecisionStatus.NEW, "2022-09-14T10:00:00Z", 105);
    List<String> firstIds = alerts.readValuesToList().stream().map(Alert::id).toList();
    Story before = driver.<String, Story>getKeyValueStore(StoryTopology.STORIES).get("s-1");

    shelling();
    toll("b", "u2", "AP", DecisionStatus.NEW, "2022-09-13T10:00:00Z", 49);
    toll("d", "u3", "Reuters", DecisionStatus.NEW, "2022-09-14T10:00:00Z", 105);

    assertThat(firstIds).contains(FigureAlerts.alertId("s-1", AlertType.FIGURE_CHANGED, "killed", "armenia:troops", 49,
        105, "u3"));
    assertThat(alerts.readValuesToList()).extracting(Alert::id).allMatch(firstIds::contains);
    assertThat(driver.<String, Story>getKeyValueStore(StoryTopology.STORIES).get("s-1"))
        .as("a redelivered item is neither counted nor put in the ledger again").isEqualTo(before);
  }

  private void collapse(String source, String uri, String agency, String time, String sentence) {
    send(source, uri, agency, 3, DecisionStatus.NEW, "Footbridge collapse in river town", time,
        "A footbridge crowded with people returning from a fair gave way over the river on Sunday evening.",
        sentence);
  }

  @Test
  void shouldRaiseNothingForASlowerOutletsOlderTollArrivingAfterAHigherOne() {
    collapse("a", "u1", "AP", "2031-05-04T10:00:00Z", "Police said 12 people were killed in the collapse.");
    collapse("b", "u2", "Reuters", "2031-05-04T12:00:00Z", "Police said 20 people were killed in the collapse.");
    collapse("c", "u3", "AFP", "2031-05-04T11:00:00Z", "Police said 15 people were killed in the collapse.");

    List<Alert> figureAlerts = figureAlerts(alerts.readValuesToList());
    assertThat(figureAlerts).as("only 12 -> 20 is news; AFP's 15 was written before the 20")
        .singleElement().satisfies(a -> assertThat(a.source()).isEqualTo("b"));
    Story story = driver.<String, Story>getKeyValueStore(StoryTopology.STORIES).get("s-1");
    assertThat(story.figures()).singleElement().satisfies(f ->
        assertThat(f.points()).extracting(Story.FigurePoint::value).containsExactly(12L, 20L));
  }

  @Test
  void shouldDeliverTwoChangesToTheSameTollAsTwoAlertsWithTheirOwnIds() {
    collapse("a", "u1", "AP", "2031-05-04T06:00:00Z", "Police said 12 people were killed in the collapse.");
    collapse("b", "u2", "Reuters", "2031-05-04T12:00:00Z", "Police said 20 people were killed in the collapse.");
    collapse("c", "u3", "AP", "2031-05-04T18:00:00Z",
        "Police revised down to 16 the number of people killed in the collapse.");
    // a rise back to 20, stated as one (a bare restatement of the value revised away would be set aside)
    collapse("d", "u4", "AFP", "2031-05-05T08:00:00Z", "The number of people killed in the collapse rose to 20.");

    List<Alert> changes = alerts.readValuesToList().stream().filter(a -> a.type() == AlertType.FIGURE_CHANGED)
        .toList();
    assertThat(changes).extracting(Alert::source).containsExactly("b", "c", "d");
    assertThat(changes).extracting(a -> ((AlertDetails.FigureChanged) a.details()).to())
        .containsExactly(20L, 16L, 20L);
    assertThat(changes).extracting(Alert::id).doesNotHaveDuplicates();
  }

  @Test
  void shouldNameItsProcessorsAndStores() {
    StreamsBuilder b = new StreamsBuilder();
    new StoryTopology(topics, () -> null, Clock.systemUTC()).addTo(b);

    assertThat(b.build().describe().toString()).contains("stories-items-source", "stories-merge-and-alert",
        "stories-sink", "alerts-sink", StoryTopology.STORIES, StoryTopology.STATE);
  }
}
