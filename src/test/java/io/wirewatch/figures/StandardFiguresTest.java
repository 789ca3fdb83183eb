package io.wirewatch.figures;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.Figure;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The standard profile's item-level reading (every language by FigureReader), with items of our own. */
class StandardFiguresTest {
  private final FigureExtractor extractor = new FigureExtractor();

  private List<String> read(String headline, String... paragraphs) {
    return extractor.extract(FigureExtractorTest.item(headline, paragraphs)).stream()
        .map(FigureExtractorTest::describe).toList();
  }

  @Test
  void keepsTheNumberAsWrittenWithNoShooterAdded() {
    assertThat(read("Gunman kills four", "A gunman killed four people at a bar before killing himself."))
        .containsExactly("killed people 4 exact");
  }

  @Test
  void readsALaterSentenceOfTheSameKeyAsARestatementUnlessTheCountGrows() {
    assertThat(read("Raid", "Eight rebels were killed in two raids on Monday.",
        "Seven rebels were killed in the first raid, near the river."))
        .containsExactly("killed people 8 exact");
    assertThat(read("Mine", "Four miners were killed in the blast.",
        "The death toll later rose to 11, officials said."))
        .containsExactly("killed people 11 exact");
  }

  @Test
  void keepsAnEarlierValueTheTextGivesAsThePrevious() {
    List<Figure> figures = extractor.extract(FigureExtractorTest.item("Toll lowered",
        "Three people were killed in the derailment, police said, correcting an earlier death toll of four."));
    assertThat(figures).extracting(FigureExtractorTest::describe).containsExactly("killed people 3 exact prev=4");
    assertThat(figures.get(0).revised()).isTrue();
  }

  @Test
  void givesTroopsWithNoSideTheDatelinesSide() {
    assertThat(read("Troops sent", "The government said 800 soldiers had been sent to the prison."))
        .containsExactly("troops ecuador:troops 800 exact");
  }

  /** Headline total over a body that first gives a part or a later state of it. */
  @Test
  void takesTheHeadlineTotalOverASmallerBodyCountOfTheSameKey() {
    assertThat(read("Four people injured in shooting at a party",
        "Two men remain in hospital after the shooting at a house party on Saturday."))
        .containsExactly("injured people 4 exact");
    assertThat(read("Five wounded in attack on market", "Three victims were taken to hospital by ambulance.",
        "Two more drove themselves to a clinic."))
        .containsExactly("injured people 5 exact");
    // a smaller headline count stays out: the body's larger count stands
    assertThat(read("Two hurt in blast", "Four workers were injured in the blast at the plant."))
        .containsExactly("injured people 4 exact");
  }

  /** An age opening an English headline, alone or before its noun, is a person like a bare singular. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      9-year-old hurt in fall at quarry                        | Rescuers came.           | injured people 1 exact
      Rangers: 12-year-old Alder County boy critically injured | The trail was closed.    | injured people 1 exact
      7-year-old girl, man found dead in cabin                 | The cabin stood empty.   | killed people 2 exact
      16-year-old injures teacher at depot                     | The depot was closed.    | ``
      14-year-old hurt in crash                                | Three teens were hurt.   | injured people 3 exact
      """)
  void readsAHeadlineAgeAsOnePerson(String headline, String body, String expected) {
    assertThat(String.join("; ", read(headline, body))).isEqualTo(expected == null ? "" : expected);
  }

  /** A headline's bare singular who shot themselves is one person hit; the attacker's own shot is none. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      Boy, 4, shoots himself in the hand at farm       | The farm was quiet on Sunday. | injured people 1 exact
      Hiker accidentally shoots self in leg            | Rangers closed the trail.     | injured people 1 exact
      12-year-old accidentally shoots himself at camp  | The camp was closed.          | injured people 1 exact
      Gunman shoots himself after standoff at depot    | The depot was closed.         | ``
      """)
  void readsAHeadlineReflexiveAsOnePersonHit(String headline, String body, String expected) {
    assertThat(String.join("; ", read(headline, body))).isEqualTo(expected == null ? "" : expected);
  }

  /** A headline drops the auxiliary too: a count shot at a place was hit there, as in the body's passive. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      Four porters shot at depot party         | The depot was closed.  | injured people 4 exact
      Porter shot at bar on Main Street        | The bar was closed.    | injured people 1 exact
      Gunmen shot at house on Main Street      | The house was empty.   | ``
      Storm update                             | Two porters shot at a house near the depot. | ``
      """)
  void readsAHeadlineCountShotAtAPlaceAsHit(String headline, String body, String expected) {
    assertThat(String.join("; ", read(headline, body))).isEqualTo(expected == null ? "" : expected);
  }

  /** English headlines drop the article: a singular people noun opening one is a count of one. */
  @Test
  void readsAHeadlineSingularWithoutArticleAsOne() {
    assertThat(read("Teen fatally shot near park", "Police are investigating the shooting near the park."))
        .containsExactly("killed people 1 exact");
    assertThat(read("Police: Man, woman killed in crash on highway", "The crash closed the highway for hours."))
        .containsExactly("killed people 2 exact");
    assertThat(read("Boy, 15, dies after fall at quarry", "Rescuers reached the quarry after dark."))
        .containsExactly("killed people 1 exact");
    assertThat(read("Worker hurt in blast at depot dies", "The depot was closed.")).containsExactly("killed people 1 exact");
    assertThat(read("Victim of Friday attack dies", "All four victims were taken to hospital."))
        .containsExactly("injured people 3 exact", "killed people 1 exact");
    // the agent of an active verb, a noun that only modifies another, and a body count all leave it out
    assertThat(read("Man kills neighbour in dispute", "Police said the dispute was over a fence.")).isEmpty();
    assertThat(read("Driver shortage hits buses", "The company cut routes.")).isEmpty();
    assertThat(read("Guard killed in raid", "Two guards were killed in the raid on the depot."))
        .containsExactly("killed people 2 exact");
  }

  /** "Teen was shot. ... The boy died": a body's lone victim who was hit, and the headline's death of one. */
  @Test
  void takesTheHeadlineDeathOutOfTheBodysPeopleHit() {
    assertThat(read("Teen shot to death outside store", "A teenager was shot outside a store on Friday night."))
        .containsExactly("killed people 1 exact");
  }

  /** The item's one person hurt, and a death it tells without a count: that person died. */
  @Test
  void readsTheOnePersonHurtAsTheDeadWhenTheItemTellsADeath() {
    assertThat(read("Boy hurt in fall at quarry has died", "A boy was injured in a fall at the quarry on Friday."))
        .containsExactly("killed people 1 exact");
    assertThat(read("Police investigate fatal shooting", "A woman was shot outside a bar on Main Street.",
        "She was taken to hospital, where she died."))
        .containsExactly("killed people 1 exact");
    // the attacker's death, an attempted murder, two people hurt, or no death told leave the injured
    assertThat(read("Guard hurt in robbery", "A guard was injured in the robbery.",
        "The suspect was killed by police.")).containsExactly("injured people 1 exact");
    assertThat(read("Man charged with attempted murder", "A woman was shot outside a bar."))
        .containsExactly("injured people 1 exact");
    assertThat(read("Fatal crash", "Two passengers were injured in the crash."))
        .containsExactly("injured people 2 exact");
    assertThat(read("Man hurt in fall", "A man was injured in a fall at the quarry."))
        .containsExactly("injured people 1 exact");
  }

  /** "Two of them died" in a later sentence: the dead of the group hurt come out of its injured count. */
  @Test
  void takesThePartThatDiedOutOfTheGroupHurtBefore() {
    assertThat(read("Shooting", "Four men were shot outside a bar on Friday.", "Two of them died at the scene."))
        .containsExactly("injured people 2 exact", "killed people 2 exact");
    assertThat(read("Blast", "Six porters were wounded in the blast.", "One of them died later in hospital."))
        .containsExactly("injured people 5 exact", "killed people 1 exact");
  }

  /** "Four others were shot": others than the dead told before, so none of the dead is taken out of them. */
  @Test
  void keepsACountOfOthersHitWhole() {
    assertThat(read("Shooting", "Two men were killed outside the club.", "Four others were shot and critically hurt."))
        .containsExactly("killed people 2 exact", "injured people 4 exact");
  }

  /** Taken to hospital does not say who lived: the dead the item tells come out, unless told alive or others. */
  @Test
  void readsPeopleTakenToHospitalAsHitUnlessToldAlive() {
    assertThat(read("One dead in blast at depot", "Four workers were rushed to hospital after the blast."))
        .containsExactly("injured people 3 exact", "killed people 1 exact");
    assertThat(read("Blast", "One worker died.", "Three men were taken to hospital in stable condition."))
        .containsExactly("killed people 1 exact", "injured people 3 exact");
    assertThat(read("Blast", "One worker died.", "The other three workers were taken to hospital."))
        .containsExactly("killed people 1 exact", "injured people 3 exact");
  }

  /** "Double shooting": two people hit, the dead the item tells taken out. */
  @Test
  void readsAMultipleShootingAsPeopleHit() {
    assertThat(read("Police investigate double shooting near park", "One man died at the scene."))
        .containsExactly("killed people 1 exact", "injured people 1 exact");
  }

  @Test
  void takesTheOneHurtWhoseDeathARelativeClauseLeadsToOutOfThePeopleHurt() {
    assertThat(read("Porter dies", "A porter was hurt in a fall at the depot on Friday.",
        "A porter who was hurt in the fall on Friday died on Saturday, officials said."))
        .containsExactly("killed people 1 exact");
  }

  @Test
  void takesNoDeadAgainOutOfAHeadlinesPeopleHitThatToldItsOwnDead() {
    assertThat(read("Three porters shot, one dead", "The attack at the depot left a porter dead."))
        .containsExactly("killed people 1 exact", "injured people 2 exact");
  }

  /**
   * A count whose own verb says they were charged, indicted, jailed or held is those accused: the harm word after
   * it names the crime, not victims. The gva profile, which falls back to this reader, reads no dead in them either.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Two brothers charged in killing at depot | The depot stayed closed on Monday. | ",
      "Depot case | Three porters have been indicted in the murder of a guard. | ",
      "Depot case | Two men facing murder charges in the shooting of a guard appeared in court. | ",
      "Depot case | Police said they released two porters held in the killing at the depot. | ",
      "Depot case | Two porters were arrested in the killing at the depot. | arrested people 2 exact",
      "Depot case | Two porters charged in the robbery were wounded. | injured people 2 exact"})
  void readsACountOfTheAccusedAsNoVictims(String headline, String body, String expected) {
    List<String> want = expected == null ? List.of() : List.of(expected);
    assertThat(read(headline, body)).isEqualTo(want);
    assertThat(new FigureExtractor(FigureExtractor.Profile.GVA).extract(FigureExtractorTest.item(headline, body))
        .stream().map(FigureExtractorTest::describe).toList()).noneMatch(f -> f.startsWith("killed"));
  }
}
