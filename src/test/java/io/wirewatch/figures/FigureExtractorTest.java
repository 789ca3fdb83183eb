package io.wirewatch.figures;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.Figure;
import io.wirewatch.model.PubStatus;
import io.wirewatch.model.WireItem;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Table-driven: each sentence (our own wording) with the figures it states, or none, and why, as the GVA
 * profile reads English (the rule reader fitted to US local news and the Gun Violence Archive's counting:
 * the shooter's death added, singular victims, roundups). The standard profile is FigureReaderTest's and
 * StandardFiguresTest's.
 */
class FigureExtractorTest {
  private final FigureExtractor extractor = new FigureExtractor(FigureExtractor.Profile.GVA);

  // Counts over a span ("since Friday", "over the past week", "within four hours") are read as figures since
  // issue 14: time and place spans qualify a figure and never drop it (a GVA roundup convention is no rule of
  // the extractor). The rows that expected no figure for them were removed; FigureReaderTest covers spans.
  static Stream<Arguments> sentences() {
    return Stream.of(
        row("digits and a demonym", "Officials said 49 Armenian soldiers had been killed overnight.",
            "killed armenia:troops 49 exact"),
        row("possessive side from the speaker", "Georgia said three of its citizens were hurt in the scuffle.",
            "injured georgia:people 3 exact"),
        row("number words and qualifier", "At least twenty-one people were injured, police said.",
            "injured people 21 at_least"),
        row("active verb before the number", "The storm killed eight people and injured 34 in the state.",
            "killed people 8 exact", "injured people 34 exact"),
        row("millions", "Authorities evacuated 1.2 million people from the coast.",
            "evacuated people 1200000 exact"),
        row("a dozen", "A dozen miners remained trapped underground.", "missing people 12 exact"),
        row("toll phrase", "The death toll from the flooding rose to 17 on Friday.", "killed people 17 exact"),
        row("number of ... raised to, with the earlier value",
            "The ministry raised the number of its soldiers killed from 50 to 71.",
            "killed ecuador:troops 71 exact prev=50"),
        row("troops deployed get the speaker's side", "Peru's government sent 400 troops to the prison.",
            "troops peru:troops 400 exact"),
        row("arrests", "Police said 84 people had been detained.", "arrested people 84 exact"),
        row("displaced in camps", "Some 75,000 people remained in relief camps.", "displaced people 75000 about"),
        row("coordinated count", "Three men and a woman were wounded in the gunfire.", "injured people 4 exact"),
        row("still missing after an increment", "Two more were still missing.", "missing people 2 exact"),
        row("vague amounts have no value", "Hundreds of people were injured and dozens killed."),
        row("historical toll with a past year", "In 2010, an explosion at a mine killed more than 70 miners."),
        row("historical decade", "A war in the early 1990s killed some 30,000 people."),
        row("since a past year, same clause", "More than 300 inmates have been killed since early 2021."),
        row("ages", "The victim, 32, was a student; a 58-year-old driver was also hurt."),
        row("durations, money, percentages", "Prices rose 35% and the firm lost $12 million in three days."),
        row("vote counts", "Parliament approved the measure by 53 to 9."),
        row("counts of something else", "Around 400,000 people had returned home and 12 guards were freed."),
        row("offers are not tolls", "Baku offered to hand over the bodies of up to 100 soldiers killed."),
        row("sums across sides", "More than 150 soldiers were killed on both sides."),
        row("troops of two sides together", "Nearly 100 troops from Armenia and Azerbaijan were killed."),
        row("negation", "Officials said no one was killed and not 20 but few were hurt."),
        row("subsets", "Police said 17 of the injured were officers, including 4 women hurt."),
        row("anaphoric repeat", "He said the 49 soldiers had been killed in the fighting."),
        row("stated earlier value only", "Police had earlier said four people were killed."),
        row("breakdown of a toll", "The dead were one guard and six inmates."),
        row("clock times and dates", "The truce took effect at 8 p.m. (1600 GMT) on Sept 14."),
        row("a corrected clock time is no figure",
            "(Corrects time of the blast in second paragraph to 2100 GMT, not 2000 GMT)"),
        row("a corrected clock time in a sentence is no figure",
            "The convoy was hit at 2100 GMT, not 2000 GMT as reported earlier, officials said."),
        row("headline present tense 'die' is killed", "3 shot on Main Street, 2 die",
            "injured people 1 exact", "killed people 2 exact"),
        row("'die' after a modal or 'let' is no death that happened",
            "Doctors said two of the patients could die and begged: don't let three more people die."),
        row("a count over some hours is a roundup", "Nine people shot, 2 dead in less than 36 hours in the city"),
        row("a count over two named days is a roundup", "Eleven people were wounded Saturday and Sunday."),
        row("a count in an N-hour span is a roundup", "Six wounded across town in 12-hour span"),
        row("'two days after' is a date, not a stretch",
            "A girl was killed and a boy was wounded in a shooting two days after Christmas.",
            "killed people 1 exact", "injured people 1 exact"),
        row("an indefinite singular is a count of one", "A man was shot and killed outside a bar on Sunday.",
            "killed people 1 exact"),
        row("an age before the noun is not the count", "An 8-year-old girl was wounded in the gunfire.",
            "injured people 1 exact"),
        row("shot to death is killed", "A teenager was shot to death near the park.", "killed people 1 exact"),
        row("fatally shot is killed", "Police said a woman was fatally shot in her car.", "killed people 1 exact"),
        row("a plain shot is injured", "A 15-year-old boy was shot in the leg.", "injured people 1 exact"),
        row("shot, then died later in the clause, is killed",
            "A 9-year-old boy shot during a hunting trip has died.", "killed people 1 exact"),
        row("an active verb with an object counts the shooter, not a victim",
            "A man shot and killed his neighbor on Friday."),
        row("killed himself is a death", "A man killed himself after the standoff.", "killed people 1 exact"),
        row("a number word after a capitalised opener starts a count, not a headline singular",
            "Officials said two 14-year-old girls were wounded.", "injured people 2 exact"),
        row("a number word with an age after an article is still one person",
            "Deputies arrived after a four year old was accidentally shot.", "injured people 1 exact"),
        row("an age written as separate words is an age", "Two 12 year old boys were wounded near the school.",
            "injured people 2 exact"),
        row("an age with a loose hyphen makes a singular", "A 7-year old girl was struck in the arm.",
            "injured people 1 exact"),
        row("an age abbreviated yo is not a count of four", "A 4 yo boy was shot on the porch.",
            "injured people 1 exact"),
        row("named victims coordinated before a death cue are counted", "Okafor and Brandt were pronounced dead at the scene.",
            "killed people 2 exact"),
        row("a name, a kin singular and a number are summed", "Maria Lopez, her brother and three children were found dead.",
            "killed people 5 exact"),
        row("names as the subject of an active verb are not victims", "Okafor and Brandt shot and killed Peter Lane."),
        row("named people taken to hospital are no count (often the dead, or helpers)",
            "Okafor and Brandt were taken to the hospital."),
        row("a further killed group in the same sentence adds to the first",
            "Two men were killed at the bar and two other men were killed at a house nearby.", "killed people 4 exact"),
        row("a gapped further count repeats the first clause's verb", "Two died at the scene and one at a hospital.",
            "killed people 3 exact"),
        row("a gapped singular with a body part", "A man was shot in the arm and a teenager in the foot.",
            "injured people 2 exact"),
        row("a breakdown after a comma is not a gap", "Four people were shot, three in the legs and one in the back.",
            "injured people 4 exact"),
        row("after left, the second group is in a state, not gapped",
            "The attack left one man dead and two others in the hospital.", "killed people 1 exact",
            "injured people 2 exact"),
        row("a later singular of the other sex is a further victim", "Two men were wounded and a woman was critically hurt.",
            "injured people 3 exact"),
        row("a later singular of the same sex may be one of them", "Two men were wounded and a man was critically hurt.",
            "injured people 2 exact"),
        row("a singular and a kin noun are summed", "A man and his daughter were found dead.",
            "killed people 2 exact"),
        row("a comma list ending in and is summed", "A man, two women and a child were killed Saturday.",
            "killed people 4 exact"),
        row("everyone shot less the dead are the injured", "Five people were shot, one fatally.",
            "injured people 4 exact", "killed people 1 exact"),
        row("the shooter's own death after the toll", "The gunman killed four people before turning the gun on himself.",
            "killed people 5 exact"),
        row("an age after a number is not a count", "UPDATE: 12 year-old girl killed in hunting accident",
            "killed people 1 exact"),
        row("a headline's shot, killed is killed", "16-year-old boy shot, killed at home",
            "killed people 1 exact"),
        row("a title before a name is not a count", "Officer Smith was injured in the chase."),
        row("lives as a verb is not a toll", "A woman who lives nearby said she heard four shots."),
        row("the end of an age range is an age, not a count",
            "The victims, ages 18 to 30 were suffering gunshot wounds."),
        row("shot before a person noun is active: the count is the shooter", "Man shot wife, 3 kids in home"),
        row("others shot and wounded leave out the dead named before",
            "One man was killed and two other people were shot and wounded.",
            "killed people 1 exact", "injured people 2 exact"),
        row("dies from a gunshot wound is killed", "Toddler dies from gunshot wound after argument",
            "killed people 1 exact"),
        row("a count across the city is a roundup, not one incident",
            "Eight people were wounded across the city overnight."),
        row("a count of gunshots is not a count of victims", "Deputies said one shot was fired into the house."),
        row("an ordinal is not a count", "A 6th-grader died in the crash on Route 9."),
        row("letters glued to digits make an age", "The 70yo driver who died had no licence."),
        row("a day after an abbreviated month is a date", "The boy shot on Dec. 12 has died, his family said."),
        row("a parent's children are not victims", "Police said the mother of 4 was wounded at the bus stop."),
        row("a cue with its own object is active: its victims are the object",
            "A concert packed with 300 fans ended in a stampede that killed two women.",
            "killed people 2 exact"),
        row("a number beside a station's call sign is its channel", "13 WKTV reported one man was shot on Main Street.",
            "injured people 1 exact"),
        row("a contracted negation", "Three customers weren't injured in the robbery."),
        row("a photo gallery's counter is no count", "Image 2 of 9 Two men were shot on Elm Street.",
            "injured people 2 exact"),
        row("a count of gun shots is not a count of victims", "Neighbours heard one gun shot before midnight."),
        row("the one of a group who died is the death, not the group", "One of four people shot outside the club has died.",
            "killed people 1 exact", "injured people 3 exact"),
        row("a group after one of is everyone hit, the dead included",
            "One man died; the other was one of three people shot outside the store.",
            "killed people 1 exact", "injured people 2 exact"),
        row("victims described clause by clause are summed",
            "Police said a woman was shot in the hip, a man was shot in the hand and another man was wounded in the arm.",
            "injured people 3 exact"),
        row("a further group in its own clause adds to the first",
            "Three patients were taken to a trauma centre with gunshot wounds and two other victims drove themselves to hospital.",
            "injured people 5 exact"),
        row("a later count after a larger one may be a subset: not added",
            "Six people were wounded and one man was shot in the face.", "injured people 6 exact"),
        row("an active verb's object is not added to a singular before it (that one is the shooter)",
            "Police are looking for a man who shot and injured five people at a bus stop.",
            "injured people 5 exact"),
        row("the same person described twice is not two victims",
            "Boy shot at bus stop: a boy was shot while waiting for the school bus.", "injured people 1 exact"),
        row("hit with a body part is injured", "Two men were hit in the legs during the exchange of fire.",
            "injured people 2 exact"),
        row("struck by a projectile is injured", "Three villagers were struck by shrapnel from the shell.",
            "injured people 3 exact"),
        row("hit by a car is not a hit by gunfire", "Four pedestrians were hit by a car at the junction."),
        row("suffered injuries is injured", "Two passengers suffered minor injuries in the crash.",
            "injured people 2 exact"),
        row("everyone hit by gunfire less the dead are the injured",
            "Five people were hit by gunfire, one fatally.", "injured people 4 exact",
            "killed people 1 exact"),
        row("the hyphens of two ages are no dash parenthetical",
            "A 30-year-old woman was hurt in the leg and a 6-year-old boy was hurt in the arm.",
            "injured people 2 exact"),
        row("a headline's comma list right before its cue is a sum", "Woman, 2 children wounded in crossfire",
            "injured people 3 exact"),
        row("a comma list not followed by a cue still needs its and", "Man, 20, shot near the station"),
        row("an age alone names a person in a coordinated count",
            "Three adults and a 4-year-old were hurt when the roof collapsed.", "injured people 4 exact"),
        row("an ordinal alone after 'a' is one further victim", "Two guards were shot and a third was hurt.",
            "injured people 3 exact"),
        row("a graded condition counts when others are hurt too",
            "One miner was in serious condition and two others were injured.", "injured people 3 exact"),
        row("a graded condition alone is a breakdown of a total stated elsewhere",
            "Two victims remain in critical condition."),
        row("'others' inside a coordinated count still counts everyone shot",
            "A boy and three other people were shot, one fatally.", "injured people 3 exact",
            "killed people 1 exact"),
        row("taken to hospital with gunshot wounds counts only the living",
            "Three men were taken to hospital with gunshot wounds and one man was fatally shot.",
            "injured people 3 exact", "killed people 1 exact"),
        row("deceased is dead, and everyone shot less the deceased are the injured",
            "Six people were shot and police confirmed that two were deceased.", "injured people 4 exact",
            "killed people 2 exact"),
        row("ordinals and names with digits are not counts", "A 2nd victim and a K9 officer were hurt in the raid."),
        row("a count in a number of hours is a roundup (headline form)", "9 shot, 2 dead in less than 36 hours in Dayton"),
        row("a digit-hour span is a roundup", "Fifteen people shot in city in 72-hour span"),
        row("hours after an event is no span", "Two men were killed in the park 12 hours after the game ended.",
            "killed people 2 exact"),
        row("one of several shot who died: everyone hit less the dead, and one killed",
            "One of four people shot outside the bar has died.", "killed people 1 exact", "injured people 3 exact"),
        row("one of several killed stays the killed count", "One of five people killed in the attack was a teacher.",
            "killed people 5 exact"),
        row("a withdrawn report is not the current count",
            "Early reports said one person had died, but that proved to be incorrect."),
        row("a withdrawal reaches only its own sentence",
            "The address was incorrect in early reports. Police said four people were wounded.",
            "injured people 4 exact"),
        row("father of N counts the victim's children", "Father of 4 killed in shooting outside store"),
        row("father of a child: the child is the victim",
            "Police charged the father of a 4-year-old girl shot and killed.", "killed people 1 exact"),
        row("an ordinal is no count", "Her 3rd child was wounded."),
        row("an age written yo is a person, not a count of 15", "Police said 15yo died at the hospital.",
            "killed people 1 exact"),
        row("an age written 'N yo' before its noun is no count of N", "6 yo boy killed by stray bullet in Dayton",
            "killed people 1 exact"),
        row("a station name is no count", "FOX 4 has learned that one man was killed.", "killed people 1 exact"),
        row("a violent night is a roundup", "A violent night in the city left one dead and nine wounded."),
        row("since a clock time is a roundup", "Eleven people have been shot since 10 p.m. Friday."),
        row("so far in a year is a roundup", "So far in 2017, at least 40 people have been killed."),
        row("last week alone is no span of several days", "Three people were wounded, police said last week.",
            "injured people 3 exact"),
        row("within a block is a distance, not a span", "Two men were shot within a block of the school.",
            "injured people 2 exact"),
        row("a count of gunshots is not a count of victims", "Deputies said one shot was fired into the house."),
        row("a bare singular under the first one's article is a second person",
            "A woman and girl were found shot to death in the house.", "killed people 2 exact"),
        row("two roles of one person are one", "A husband and father was killed on Sunday.",
            "killed people 1 exact"),
        row("a parent of three counts children, not victims", "A mother of three was among those killed."),
        row("a definite pair opening the sentence is two people", "The man and woman were pronounced dead there.",
            "killed people 2 exact"),
        row("a definite singular alone refers back: no count", "The man was pronounced dead at the scene."),
        row("a possessive and a number is a conjunct", "A man and his two children were found dead.",
            "killed people 3 exact"),
        row("an active verb, a possessive and a number", "Police said the man killed his two sons.",
            "killed people 2 exact"),
        row("kin nouns count people", "Two daughters were wounded in the gunfire.", "injured people 2 exact"),
        row("dead at the scene is passive: the singular counts", "A woman was pronounced dead at the scene.",
            "killed people 1 exact"),
        row("a headline list without and sums when the cue follows it", "Woman, 3 children found dead in house",
            "killed people 4 exact"),
        row("a headline list of bare nouns and ages", "Girl, 2-year-old boy wounded in drive-by",
            "injured people 2 exact"),
        row("a headline with one cue per count is no list", "Man killed, 2 wounded on Main Street",
            "killed people 1 exact", "injured people 2 exact"),
        row("a gunman's victims and his death in the same sentence",
            "Three people were shot dead at the farm, then the gunman killed himself.", "killed people 4 exact"),
        row("the shooter's death after an active verb's singular object",
            "A man shot and killed a young woman before turning the gun on himself.", "killed people 2 exact"),
        row("a count that already names the shooter is not raised",
            "Five people were killed, including the gunman, and the suspect was later found dead.",
            "killed people 5 exact"),
        row("slain is killed", "Two men were slain outside the store.", "killed people 2 exact"),
        row("murdering is an active killed verb", "He is accused of murdering three people.", "killed people 3 exact"),
        row("slain after an article is an adjective, not the count's verb",
            "Four friends of a slain teenager were wounded at the vigil.", "injured people 4 exact"),
        row("a couple is two people", "An elderly couple and their two grandsons were found dead.",
            "killed people 4 exact"),
        row("a couple of hours is no couple", "Officers spent a couple of hours at the scene."),
        row("an ampersand joins conjuncts as and does", "Man & 2 children found dead in house",
            "killed people 3 exact"),
        row("an age between the number and its noun is a modifier", "Two 15-year-old boys were wounded on the porch.",
            "injured people 2 exact"),
        row("a singular ending in its age opens a coordination", "A 9-year-old and her mother were found dead.",
            "killed people 2 exact"),
        row("counts of a charge are not victims", "He faces two counts of murder after the crash."),
        row("lives at is a verb, not a toll", "A woman lives at the home with her grandchildren."));
  }

  /** Sentences read after the item's lead (a lead without figures comes first): background and other incidents. */
  static Stream<Arguments> sentencesAfterTheLead() {
    return Stream.of(
        row("last week dates another incident", "A woman was shot dead on the same street last week."),
        row("a previous shooting is another incident",
            "Friends had gathered to remember a man killed in a previous shooting."),
        row("weeks earlier dates another incident", "Two men were wounded there just weeks earlier."),
        row("the night before dates another incident", "Three people were injured in a crash the night before."),
        row("a link line names another story", "RELATED: Two men killed in drive-by shooting downtown"),
        row("a read-more link names another story", "[READ MORE | 3 dead, 5 wounded at block party]"),
        row("a label that is not a link is read", "UPDATE: Two men were killed in the shooting.",
            "killed people 2 exact"),
        row("a count after 'weeks after' belongs to the earlier incident",
            "Two men were shot Sunday, two weeks after a gunman killed five people at a club nearby.",
            "injured people 2 exact"),
        row("retaliation for another incident",
            "The attack was retaliation for a shooting that left one man dead."),
        row("a later death of the same victim is not another incident",
            "A woman died two weeks after three people were wounded at the bus stop.", "injured people 3 exact"),
        row("an arrest days after the item's own shooting keeps its count",
            "Police made an arrest days after three people were wounded at a bus stop.",
            "injured people 3 exact"),
        row("prior to is not a past reference", "Four people were wounded prior to the arrest.",
            "injured people 4 exact"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sentencesAfterTheLead")
  void shouldExtractExactlyTheFiguresASentenceAfterTheLeadStates(String why, String sentence,
      List<String> expected) {
    WireItem item = item("Headline without figures", "Police are investigating a shooting on Main Street.",
        sentence);

    List<String> figures = read(item);

    assertThat(figures).as(why).containsExactlyElementsOf(expected);
  }

  @Test
  void shouldReadARelativePastInTheLeadAsTheItemsOwnIncident() {
    WireItem item = item("Suspect charged", "Police charged a man in a shooting that wounded three people last week.",
        "A woman was shot dead on the same street last month.");

    List<String> figures = read(item);

    assertThat(figures).containsExactly("injured people 3 exact");
  }

  /**
   * A sentence the rule reader drops whole (a roundup of several incidents, a link to another story) is not read
   * again by the structural reader it falls back to for sentences it reads nothing in; the standard profile
   * keeps the number as written.
   */
  @Test
  void shouldNotReadARoundupTheRuleReaderDroppedByTheStructuralReader() {
    WireItem item = item("2 dead, 9 hurt in weekend shootings on the east side",
        "Two men were killed and nine others were hurt in shootings on the east side over the weekend.");

    List<String> gva = read(item);
    List<String> standard = new FigureExtractor(FigureExtractor.Profile.STANDARD).extract(item).stream()
        .map(FigureExtractorTest::describe).toList();

    assertThat(gva).isEmpty();
    assertThat(standard).contains("killed people 2 exact");
  }

  private static Arguments row(String why, String sentence, String... expected) {
    return Arguments.of(why, sentence, List.of(expected));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sentences")
  void shouldExtractExactlyTheFiguresASentenceStates(String why, String sentence, List<String> expected) {
    WireItem item = item("Headline without figures", sentence);

    List<Figure> figures = extractor.extract(item);

    assertThat(figures.stream().map(FigureExtractorTest::describe).toList()).as(why)
        .containsExactlyElementsOf(expected);
  }

  @Test
  void shouldCountEveryoneFoundWithGunshotWoundsTheDeadIncluded() {
    WireItem item = item("Two dead in shooting at bar", "Officers found five men with gunshot wounds.");

    List<String> figures = read(item);

    assertThat(figures).containsExactlyInAnyOrder("injured people 3 exact", "killed people 2 exact");
  }

  @Test
  void shouldReadABodyWithoutSentenceEndsInBoundedPiecesWithTrueOffsets() {
    String runOn = "crowds gathered near the market and waited for news ".repeat(80)
        + "and police said four people were wounded in the market";
    WireItem item = item("Market shooting", runOn);

    Figure f = extractor.extract(item).get(0);

    assertThat(describe(f)).isEqualTo("injured people 4 exact");
    assertThat(f.sentence().length()).isLessThanOrEqualTo(Sentences.MAX_CHARS);
    assertThat(item.bodyText().substring(f.offset(), f.offset() + 4)).isEqualTo("four");
  }

  @Test
  void shouldKeepProvenanceSentenceAndOffsetOfTheNumber() {
    WireItem item = item("Quake toll", "First paragraph.", "Rescuers said 12 people were killed.");

    Figure f = extractor.extract(item).get(0);

    assertThat(f.sentence()).isEqualTo("Rescuers said 12 people were killed.");
    assertThat(item.bodyText().substring(f.offset(), f.offset() + 2)).isEqualTo("12");
    assertThat(f.source()).isEqualTo("test.json");
    assertThat(f.agency()).isEqualTo("Reuters");
    assertThat(f.itemUri()).isEqualTo("urn:test");
  }

  @Test
  void shouldUseTheHeadlineOnlyForFiguresTheBodyDoesNotState() {
    WireItem item = item("4 miners dead, 7 missing after blast", "Four miners were killed in the blast.");

    List<String> figures = read(item);

    assertThat(figures).containsExactly("killed people 4 exact", "missing people 7 exact");
  }

  @Test
  void shouldNotTakeADeathByAnotherCauseAsAShootingsToll() {
    WireItem item = item("Man shot outside bar", "A man was shot in the arm outside the bar.",
        "Two people died after a fire in a house nearby on Sunday.",
        "A driver was killed when his car crashed into a tree on the same road.");

    assertThat(read(item))
        .containsExactly("injured people 1 exact");
  }

  @Test
  void shouldKeepTheTollOfAFireOrCrashStoryAndOfGunfireItself() {
    // Only a shooting story sets a crash or fire against its incident; "opened fire" is gunfire.
    WireItem fire = item("Fire kills 12 in apartment block", "Twelve people died in the fire.");
    WireItem gunfire = item("Gunmen attack bus", "Gunmen opened fire on a bus after it crashed, killing three people.");

    assertThat(read(fire))
        .containsExactly("killed people 12 exact");
    assertThat(read(gunfire))
        .containsExactly("killed people 3 exact");
  }

  @Test
  void shouldSkipTeasersOfOtherStoriesPastedIntoTheBody() {
    WireItem item = item("Boy wounded in drive-by", "A boy was shot in the leg on Elm Street.",
        "2:14 Three dead after pileup on interstate", "Caption Two people died in a house fire overnight.",
        "STORY: Woman, 40, killed in crash", "Flood kills 4 on river road | 1:05",
        "Video Man and Woman Killed in Highway Crash", "[Police: Two Dead In Motel Shooting]");

    assertThat(read(item))
        .containsExactly("injured people 1 exact");
  }

  @Test
  void shouldKeepABodyParagraphThatIsOnlyWordedLikeATeaser() {
    // "Video taken ..." is a sentence about a video, and the item's own headline repeated in the body counts.
    WireItem item = item("Two killed outside concert hall", "Video taken outside the hall shows two men were killed.");
    WireItem repeated = item("Two killed outside concert hall", "Two killed outside concert hall",
        "Police said the shooting began after a fight.");

    assertThat(read(item))
        .containsExactly("killed people 2 exact");
    assertThat(read(repeated))
        .containsExactly("killed people 2 exact");
  }

  @Test
  void shouldTakeALargerHeadlineCountAsTheTotalOverTheLeadsFirstVictims() {
    WireItem larger = item("Four wounded in shooting outside club", "Two men were wounded outside the club.",
        "Police said others drove themselves to a hospital.");
    WireItem smaller = item("Two wounded in shooting", "Three people were wounded outside the club.");

    assertThat(read(larger))
        .containsExactly("injured people 4 exact");
    assertThat(read(smaller))
        .containsExactly("injured people 3 exact");
  }

  @Test
  void shouldPreferAStatedNumberToASingularVictim() {
    WireItem item = item("Shooting at a party", "A 15-year-old girl was shot in the arm.",
        "Police said four people were wounded.");

    List<String> figures = read(item);

    assertThat(figures).containsExactly("injured people 4 exact");
  }

  @Test
  void shouldCountALoneShotVictimAsKilledWhenAnotherSentenceSaysTheyDied() {
    WireItem item = item("Shooting on Main Street", "A man was shot on Main Street late Saturday.",
        "He was taken to a hospital, where he was pronounced dead.");

    List<String> figures = read(item);

    assertThat(figures).containsExactly("killed people 1 exact");
  }

  @Test
  void shouldTakeOneDeathToldWithoutANumberOutOfEveryoneShot() {
    WireItem item = item("Four shot outside a bar", "Four people were shot outside a bar early Sunday.",
        "One of the men died at a hospital later that morning.");
    WireItem fatal = item("Three shot in fatal shooting in a park", "Three people were shot in the park.");
    WireItem slaying = item("Arrest in park slaying", "Three people were shot in the park on Friday.");
    WireItem suspect = item("Three shot", "Three people were shot in the park on Friday.",
        "The suspect was pronounced dead after a shootout with officers.");

    assertThat(read(item))
        .containsExactlyInAnyOrder("injured people 3 exact", "killed people 1 exact");
    assertThat(read(fatal))
        .containsExactlyInAnyOrder("injured people 2 exact", "killed people 1 exact");
    assertThat(read(slaying))
        .containsExactlyInAnyOrder("injured people 2 exact", "killed people 1 exact");
    assertThat(read(suspect))
        .containsExactly("injured people 3 exact");
  }

  @Test
  void shouldNotTakeADeathFromAnotherPersonsRelativeClauseOrANegation() {
    WireItem funeral = item("Four shot outside a church", "Four people were shot outside a church on Friday.",
        "Mourners had gathered for a man who died last month.");
    WireItem none = item("Three shot", "Three people were shot on Friday.", "None of them died.");
    WireItem fatalBody = item("Three shot", "Three people were shot on Friday.",
        "It was the city's third fatal shooting this month.");

    assertThat(read(funeral))
        .containsExactly("injured people 4 exact");
    assertThat(read(none))
        .containsExactly("injured people 3 exact");
    assertThat(read(fatalBody))
        .containsExactly("injured people 3 exact");
  }

  @Test
  void shouldReadAHeadlineThatNamesTheDeathAsTheLoneVictimsDeath() {
    WireItem death = item("Woman charged in shooting death of neighbor's son",
        "A 12-year-old boy was shot in the chest on Elm Street on Friday.");
    WireItem attempted = item("Man charged with attempted murder",
        "A woman was shot in the arm outside her home on Friday.");
    WireItem suspect = item("Officer wounded, suspect killed in shootout",
        "An officer was shot in the leg during the shootout.");

    assertThat(read(death))
        .containsExactly("killed people 1 exact");
    assertThat(read(attempted))
        .containsExactly("injured people 1 exact");
    assertThat(read(suspect))
        .contains("injured people 1 exact");
  }

  @Test
  void shouldKeepAFurtherSingularVictimBesideTheDead() {
    WireItem item = item("Two shot", "A man was shot and killed on Main Street.",
        "Another man was shot in the leg and is expected to survive.");

    List<String> figures = read(item);

    assertThat(figures).containsExactly("killed people 1 exact", "injured people 1 exact");
  }

  @Test
  void shouldAddTheShootersDeathStatedElsewhereToACountOfHisVictims() {
    WireItem item = item("Gunman kills four at a warehouse", "A gunman killed four people at a warehouse on Monday.",
        "Police said the gunman was shot and killed by officers outside.");

    List<String> figures = read(item);

    assertThat(figures).containsExactly("killed people 5 exact");
  }

  @Test
  void shouldNotAddTheShootersDeathToACountOfAllTheDead() {
    WireItem item = item("Four dead in a murder-suicide", "Four people died in the house on Monday.",
        "Police called it a murder-suicide.");

    List<String> figures = read(item);

    assertThat(figures).containsExactly("killed people 4 exact");
  }

  @Test
  void shouldNotAddADeathWhenTheEventIsTheSubjectOrPoliceDidTheKilling() {
    WireItem shooting = item("Shooting", "The shooting killed two people outside the bar.",
        "The gunman later killed himself.");
    WireItem police = item("Police shooting", "Officers shot and killed a man who pointed a rifle at them.",
        "A second suspect was shot dead by police in a later raid.");

    assertThat(extractor.extract(shooting)).extracting(Figure::value).containsExactly(2L);
    assertThat(extractor.extract(police)).extracting(Figure::value).containsExactly(1L);
  }

  @Test
  void shouldTakeTheFirstCurrentValueAndRecordTheEarlierOneStated() {
    WireItem item = item("Toll revised", "Police revised down to three the number of people killed.",
        "Police had earlier said four people were killed.");

    Figure f = extractor.extract(item).get(0);

    assertThat(f.value()).isEqualTo(3);
    assertThat(f.previous()).isEqualTo(4L);
    assertThat(f.revised()).isTrue();
  }

  @Test
  void shouldGiveUnsidedTroopsTheSideOfTheDateline() {
    WireItem item = item("Troops sent", "The government said 800 soldiers had been sent to the prison.");

    assertThat(extractor.extract(item)).extracting(Figure::subjectKey).containsExactly("ecuador:troops");
  }

  private List<String> read(WireItem item) {
    return extractor.extract(item).stream().map(FigureExtractorTest::describe).toList();
  }

  @Test
  void shouldNeverReadAFrenchOrGermanItemByTheEnglishRuleReader() {
    // given: the same quoted English headline in an English, a French and a German item
    String quote = "\"3 dead in shooting\", the local paper wrote.";
    WireItem english = item("Shooting", quote);
    WireItem french = inLanguage(english, "fr", "« 3 dead in shooting », titrait le journal local.");
    WireItem german = inLanguage(english, "de", "„3 dead in shooting“, schrieb die Lokalzeitung.");
    FigureExtractor standard = new FigureExtractor(FigureExtractor.Profile.STANDARD);

    // when / then: the English rule reader reads the English item; French and German items are read by their
    // own vocabulary in every profile, so no English word list makes a figure of them
    assertThat(read(english)).contains("killed people 3 exact");
    assertThat(read(french)).isEqualTo(standard.extract(french).stream().map(FigureExtractorTest::describe).toList())
        .doesNotContain("killed people 3 exact");
    assertThat(read(german)).isEqualTo(standard.extract(german).stream().map(FigureExtractorTest::describe).toList())
        .doesNotContain("killed people 3 exact");
  }

  private static WireItem inLanguage(WireItem en, String lang, String body) {
    return new WireItem(en.uri(), en.version(), en.versionCreated(), en.firstCreated(), en.agency(), lang,
        en.headline(), List.of(body), null, en.dateline(), null, null, 3, PubStatus.USABLE, List.of(), null,
        List.of(), List.of(), "test.json", "ninjs-2", null);
  }

  static String describe(Figure f) {
    return f.metric().id() + " " + f.subjectKey() + " " + f.value() + " " + f.qualifier().id()
        + (f.previous() == null ? "" : " prev=" + f.previous());
  }

  static WireItem item(String headline, String... paragraphs) {
    return new WireItem("urn:test", "1", Instant.parse("2022-09-15T10:00:00Z"), null, "Reuters", "en", headline,
        List.of(paragraphs), null, "QUITO, Sept 15 (Reuters)", null, null, 3, PubStatus.USABLE, List.of(), null,
        List.of(), List.of(), "test.json", "ninjs-2", null);
  }
}
