package io.wirewatch.figures;

import static io.wirewatch.figures.FigureReaderTest.read;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Construction classes of English incident reports that name or describe their victims rather than count
 * them with a number, one test per class. The sentences are our own. Expected as in {@link FigureReaderTest}.
 */
class FigureReaderVictimsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      The rebels assaulted two teachers at the school.                 | injured 2 exact null
      At least 20 farmers were beaten up by the gang.                  | injured 20 at_least null
      The gang beat up three shopkeepers before fleeing.               | injured 3 exact null
      Armed men thrashed four workers at the quarry.                   | injured 4 exact null
      A trader was stabbed outside his shop on Monday.                 | injured 1 exact null
      """)
  void assaultIsInjury(String sentence, String expected) {
    assertThat(read("en", sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      Two farmers were stabbed to death by the gang.                    | killed 2 exact null
      A guard was beaten with iron rods to death.                       | killed 1 exact null
      Three villagers were assaulted and later beheaded.                | killed 3 exact null
      Two porters were injured and later died in hospital.              | killed 2 exact null
      Five were injured and two killed in the crash.                    | injured 5 exact null; killed 2 exact null
      The blast left eight people injured and killed a guard.           | injured 8 exact null; killed 1 exact null
      """)
  void anInjuryThatEndedInDeathIsADeath(String sentence, String expected) {
    assertThat(read("en", sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      The rebels killed three villagers and injured as many.            | killed 3 exact null; injured 3 exact null
      Four rebels were killed and as many policemen were injured.       | killed 4 exact null; injured 4 exact null
      As many as 20 people were injured in the blast.                   | injured 20 up_to null
      """)
  void asManyRepeatsTheCountBefore(String sentence, String expected) {
    assertThat(read("en", sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      A shopkeeper was killed and his wife was injured.                 | killed 1 exact null; injured 1 exact null
      The gunmen killed a farmer and injured his brother.               | killed 1 exact null; injured 1 exact null
      A woman was killed and her husband critically injured.            | killed 1 exact null; injured 1 exact null
      Police searched his house in the village.                         | ``
      The gunman killed his wife, son and daughter at the farm.         | killed 3 exact null
      The gunman killed his sons at the farm.                           | ``
      Her mother had earlier filed a complaint of injury.               | ``
      """)
  void aPossessiveBeforeAPersonIsOne(String sentence, String expected) {
    assertThat(read("en", sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      Police constable Ravi Menon was injured in the blast.                  | injured 1 exact null
      Head Constable Arun Das of the State Armed Force was hurt in the clash. | injured 1 exact null
      Ravi Menon of the river police was injured in the blast.               | injured 1 exact null
      Ravi Menon, a local trader, was wounded in the attack.                 | injured 1 exact null
      Ravi Menon (31), a local trader, was killed in the attack.             | killed 1 exact null
      Inspector Ravi Menon was seriously injured in the ambush.              | injured 1 exact null
      Ravi Menon and Arun Das were arrested at the market.                   | arrested 2 exact null
      Ravi Menon died in hospital on Monday.                                 | killed 1 exact null
      Lina Costa also sustained bullet injuries in the attack.               | injured 1 exact null
      The tractor driver, Ravi Menon, sustained injuries in the blast.       | injured 1 exact null
      A guard was killed while Arun Das was injured.                         | killed 1 exact null; injured 1 exact null
      Green Party workers were injured in the clash.                         | ``
      The Maoist Cadres were arrested in the raid.                           | ``
      Ravi Menon, who was arrested last year, spoke to reporters.            | ``
      Ravi Menon was not injured in the attack.                              | ``
      Ravi Menon killed two villagers in the raid.                           | killed 2 exact null
      Ana Ruiz, 40, and Luis Mora, 26, were injured in the blast.            | injured 2 exact null
      Ana Ruiz, 40, Luis Mora, 26, and Ravi Menon, 31, remain hospitalised.  | injured 3 exact null
      Ana Ruiz, a nurse, and Luis Mora died at the scene.                    | killed 2 exact null
      """)
  void aNamedPersonAsSubjectIsOne(String sentence, String expected) {
    assertThat(read("en", sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      The gunmen shot dead Ravi Menon and injured constable Arun Das.   | killed 1 exact null; injured 1 exact null
      """)
  void aTitleBeforeANamedObject(String sentence, String expected) {
    assertThat(read("en", sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      A villager was killed and another critically injured.             | killed 1 exact null; injured 1 exact null
      Two died and three critically injured after the fire.             | killed 2 exact null; injured 3 exact null
      Two guards were shot, one of them critically injured.             | injured 2 exact null
      The gang seized six traders and killed two of them.               | killed 2 exact null
      """)
  void aDegreeAdverbBeforeThePredicate(String sentence, String expected) {
    assertThat(read("en", sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      Twelve Special Task Force (STF) personnel were injured in the blast. | injured 12 exact null
      Nine Harbour Patrol Unit (HPU) men of the river police were hurt.    | injured 9 exact null
      """)
  void anAbbreviationInParenthesesInsideTheCountsPhrase(String sentence, String expected) {
    assertThat(read("en", sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      About 20 armed men raided the village and beat up 12 farmers.     | injured 12 exact null
      """)
  void aCountThatActsOnACountIsTheAgent(String sentence, String expected) {
    assertThat(read("en", sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      A 17-year-old was killed in the crash.                            | killed 1 exact null
      An 11-year-old was hurt when the wall fell.                       | injured 1 exact null
      SPRINGTOWN, Ohio - A man was fatally shot on Monday.              | killed 1 exact null
      Police are investigating the fatal shooting of a woman.           | killed 1 exact null
      A woman was found with a fatal gunshot wound.                     | killed 1 exact null
      The 17-year-old rider won the race.                               | ``
      """)
  void aLeadThatNamesOneVictim(String sentence, String expected) {
    assertThat(read("en", sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      The gunman killed two neighbours and wounded three friends.       | killed 2 exact null; injured 3 exact null
      Police arrested four associates of the gang leader.               | arrested 4 exact null
      The gunman fatally wounded four friends at the party.             | killed 4 exact null
      The two countries were friendly neighbours for years.             | ``
      """)
  void kinFriendsAndNeighboursArePeople(String sentence, String expected) {
    assertThat(read("en", sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      A farmer and his infant son were found dead in a field.           | killed 2 exact null
      A nurse and her 9-year-old daughter were hurt in the blast.       | injured 2 exact null
      A mother and son were found shot dead at the farm.                | killed 2 exact null
      A woman and child have been found dead in a flat.                 | killed 2 exact null
      A 30-year-old man and a 25-year-old woman were injured.           | injured 2 exact null
      A 15-year-old boy and two women were wounded in the attack.       | injured 3 exact null
      Two soldiers were killed and a trader and a teenage girl were injured. | killed 2 exact null; injured 2 exact null
      The blast also injured a 40-year-old guard and a 19-year-old student. | injured 2 exact null
      The gunman killed his sons at the farm.                           | ``
      """)
  void aSingularCoordinatedWithAnotherIsOneMore(String sentence, String expected) {
    assertThat(read("en", sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      Six villagers were shot and one was killed in the raid.             | injured 5 exact null; killed 1 exact null
      Five guards were shot and two guards killed at the gate.            | injured 3 exact null; killed 2 exact null
      Five people were hit by gunfire, including one who was pronounced dead. | ``
      Four soldiers were wounded and two civilians were killed.           | injured 4 exact null; killed 2 exact null
      Twelve people were injured and 30 were arrested.                    | injured 12 exact null; arrested 30 exact null
      """)
  void aCountWithItsOwnVerbPhraseDoesNotTakeTheNextSubjectsPredicate(String sentence, String expected) {
    assertThat(read("en", sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      One of six miners trapped in the shaft has died.                  | killed 1 exact null
      One of four guards wounded in the ambush has died.                | killed 1 exact null
      One of three porters hit by the landslide died on Monday.         | killed 1 exact null
      He was one of nine people killed in the blast.                    | killed 9 exact null
      """)
  void oneOfAGroupWhoDiedIsOneDeath(String sentence, String expected) {
    assertThat(read("en", sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      The gunmen fatally injured a watchman on Sunday.                  | killed 1 exact null
      A watchman was mortally wounded in the raid.                      | killed 1 exact null
      The blast fatally injured two porters and hurt nine others.       | killed 2 exact null; injured 9 exact null
      """)
  void aFatalInjuryIsADeath(String sentence, String expected) {
    assertThat(read("en", sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      Three porters were shot, one fatally, on the ridge.               | injured 2 exact null; killed 1 exact null
      Six guards were wounded, two mortally, in the ambush.             | injured 4 exact null; killed 2 exact null
      At least 12 people were struck by bullets, two fatally, at the fair. | injured 10 at_least null; killed 2 exact null
      Nine people were injured, one critically, in the blast.           | injured 9 exact null
      Two people were killed, one of them a child, in the blast.        | killed 2 exact null
      """)
  void thoseHitLessTheDeadAreInjured(String sentence, String expected) {
    assertThat(read("en", sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      Four porters were shot on the ridge road.                         | injured 4 exact null
      Police shot three protesters near the market.                     | injured 3 exact null
      Forty cadres stormed the village and reportedly shot his son.     | injured 1 exact null
      Police recovered two shot guns from the hills.                    | ``
      A clerk was shot dead along with one of his friends at a tea stall. | killed 1 exact null
      Gunmen shot at five porters on the ridge road.                    | ``
      The patrol shot down two drones overnight.                        | ``
      Four porters were shot and all four died.                         | killed 4 exact null
      """)
  void peopleShotAreInjuredUnlessTheirDeathIsTold(String sentence, String expected) {
    assertThat(read("en", sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      Four men were shot and two of them died.                          | injured 2 exact null; killed 2 exact null
      Six porters were wounded in the blast and one of them died later. | injured 5 exact null; killed 1 exact null
      Two of them died in hospital on Sunday.                           | killed 2 exact null
      Ten people were killed, two of them in hospital.                  | killed 10 exact null
      Ten guards were killed and two of them died in hospital.          | killed 10 exact null
      Twelve were injured, one of them critically.                      | injured 12 exact null
      """)
  void aPartOfThePeopleHurtWhoDiedIsKilled(String sentence, String expected) {
    assertThat(read("en", sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      es | Cuatro mineros resultaron heridos y dos de ellos murieron.   | injured 2 exact null; killed 2 exact null
      es | Cuatro mujeres resultaron heridas y dos de ellas murieron.   | injured 2 exact null; killed 2 exact null
      de | Vier Bergleute wurden verletzt, zwei von ihnen starben.      | injured 2 exact null; killed 2 exact null
      """)
  void aPartOfThePeopleHurtWhoDiedIsKilledInOtherLanguages(String lang, String sentence, String expected) {
    assertThat(read(lang, sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      All three died of gunshot wounds.                                 | killed 3 exact null
      Two died of their injuries in hospital.                           | killed 2 exact null
      Three soldiers died of their wounds.                              | killed 3 exact null
      """)
  void theVerbAfterACountNamesItNotTheCauseAfterTheVerb(String sentence, String expected) {
    assertThat(read("en", sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      The man suffered three gunshot wounds before he fell.             | ``
      Deputies said one shot was fired at the house.                    | ``
      Five people suffered gunshot wounds.                              | injured 5 exact null
      """)
  void aCountOfWoundsOrShotsIsNoCountOfPeople(String sentence, String expected) {
    assertThat(read("en", sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      Her two brothers were also home but were not injured.             | ``
      Police said 12 people were injured and two were not hurt.         | injured 12 exact null
      """)
  void aNegationBeforeTheCountsOwnPredicateDropsIt(String sentence, String expected) {
    assertThat(read("en", sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      More than 300 people have been shot in the city year to date.     | ``
      The toll from the strongest storm this year rose to around 230.   | killed 230 about null
      The deaths bring the county's toll for the year to 41.            | ``
      """)
  void aTallyOfTheYearIsNoCountOfTheIncidentButASuperlativeOfTheYearIsNoDate(String sentence, String expected) {
    assertThat(read("en", sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      Three men have been indicted in the shooting death of a nurse.    | killed 1 exact null
      Two brothers were charged over the death of a guard.              | killed 1 exact null
      Rescuers found the bodies of 12 miners on Tuesday.                | killed 12 exact null
      """)
  void aDeathOfSomeoneAfterACountIsNotTheCountsPredicate(String sentence, String expected) {
    assertThat(read("en", sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      News 12 reported that the victims were taken to hospital.         | ``
      Image 6 of 12 The wounded were taken to hospital.                 | ``
      Police responded to a 911 call about people injured at the bar.   | ``
      """)
  void stationGalleryAndCallNumbersAreNoCounts(String sentence, String expected) {
    assertThat(read("en", sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      Police are investigating a double homicide near the river.        | killed 2 exact null
      The triple murder shocked the small town.                         | killed 3 exact null
      Police did not call it a double homicide.                         | ``
      A guard was killed in a double shooting on Saturday.              | killed 1 exact null; injured 1 exact null
      Two dead in double shooting near the depot.                       | killed 2 exact null
      """)
  void aHarmNounThatNamesHowManyIsACount(String sentence, String expected) {
    assertThat(read("en", sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      There are two or three guns down there, an officer said.          | ``
      Last summer, one man was killed and eight people were hurt there. | ``
      A man is facing attempted murder charges after the attack.        | ``
      Gunmen gunned down three villagers near the well.                 | killed 3 exact null
      [RELATED: Seven people shot at a club on Friday]                  | ``
      """)
  void wordsThatTellNoHarmOfTheIncident(String sentence, String expected) {
    assertThat(read("en", sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      Three porters and a 3-year-old were hurt in the blast.            | injured 4 exact null
      Rescuers found a woman and a boy injured under the rubble.        | injured 2 exact null
      """)
  void anAgeAfterAndAndASingularAfterFoundAreCounted(String sentence, String expected) {
    assertThat(read("en", sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      Officers said a porter was injured in the fall.                   | injured 1 exact null
      Rangers say a hiker was hurt near the summit on Sunday.           | injured 1 exact null
      Doctors learned that a guard had been stabbed twice.              | injured 1 exact null
      The council said a teacher was arrested at the depot.             | arrested 1 exact null
      Two porters were hurt, said a ranger who saw the fall.            | injured 2 exact null
      """)
  void aSingularAfterAVerbOfSayingOrAnOpenerIsACountOfOne(String sentence, String expected) {
    assertThat(read("en", sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      A farmer accidentally shot himself in the foot on Saturday.       | injured 1 exact null
      Rangers said a girl shot herself with a rifle at the camp.        | injured 1 exact null
      A gunman shot himself after the standoff at the depot.            | ``
      Two cousins said the farmer shot himself.                         | ``
      A farmer shot and killed himself at the camp.                     | killed 1 exact null
      """)
  void aSingularWhoShotThemselvesIsOneHitButNotTheAttackerNorACountBefore(String sentence, String expected) {
    assertThat(read("en", sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      One porter is dead after six porters were shot near the depot.   | killed 1 exact null; injured 5 exact null
      Two guards died when five guards were shot in the yard.          | killed 2 exact null; injured 3 exact null
      One guard was killed and four guards were shot on the road.      | killed 1 exact null; injured 4 exact null
      """)
  void aDeathToldBeforeThePeopleHitItFollowedIsAmongThem(String sentence, String expected) {
    assertThat(read("en", sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      A 9-year-old accidentally shot himself at the camp.               | injured 1 exact null
      A 70-year-old also died in the fire at the farm.                  | killed 1 exact null
      A 12-year-old later told rangers about the fall.                  | ``
      """)
  void anAgeStandingForThePersonMayHaveADegreeAdverbBeforeItsPredicate(String sentence, String expected) {
    assertThat(read("en", sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      Rangers said her 8-year-old son shot himself with a rifle.        | injured 1 exact null
      His 6-year-old daughter was hurt when the shelf fell.             | injured 1 exact null
      The gunman killed her 5-year-old nephew at the farm.              | killed 1 exact null
      Their 3-year-old sons were hurt in the fall.                      | ``
      Her 6-year-old son has a new bicycle.                             | ``
      """)
  void aPossessiveMayHaveAnAgeBeforeItsPerson(String sentence, String expected) {
    assertThat(read("en", sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      A farmer accidentally shoots himself in the foot at the camp.     | injured 1 exact null
      A ranger said the hiker was shooting himself in the foot.         | injured 1 exact null
      Two cousins said the farmer shoots himself.                       | ``
      A gunman shoots himself after a standoff at the depot.            | ``
      """)
  void everyFormOfShootingOneselfIsOneHit(String sentence, String expected) {
    assertThat(read("en", sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      Two porters were shot at a house near the depot.                  | injured 2 exact null
      A guard was shot at a home near the depot.                        | injured 1 exact null
      A porter was shot at near the depot but was not hit.              | ``
      Someone shot at a house near the depot.                           | ``
      Two porters were shot at in their truck on the road.              | ``
      """)
  void peopleShotAtAPlaceWereHit(String sentence, String expected) {
    assertThat(read("en", sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      Rangers identified a hiker who was injured in the fall.           | injured 1 exact null
      The brother of a porter who died in the flood spoke to reporters. | killed 1 exact null
      A guard who was stabbed at the gate is in stable condition.       | injured 1 exact null
      Rangers thanked a hiker who helped the injured.                   | ``
      """)
  void aSingularWithARelativeClauseOfItsOwnIsOne(String sentence, String expected) {
    assertThat(read("en", sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      Rangers identified a hiker shot near the lake on Sunday.          | injured 1 exact null
      Police identified a porter killed in the blast.                   | killed 1 exact null
      Rangers named a hiker lost in the fog.                            | ``
      """)
  void aSingularWithAParticipleRightAfterItIsOne(String sentence, String expected) {
    assertThat(read("en", sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      A porter who was hurt in the fall on Monday has died.             | killed 1 exact null
      A guard who was stabbed at the gate died in hospital.             | killed 1 exact null
      A hiker who was injured in the fall was taken to hospital.        | injured 1 exact null
      A guard who was wounded at the gate was later questioned.         | injured 1 exact null
      """)
  void theMainPredicateAfterASingularsRelativeClauseTellsItsDeath(String sentence, String expected) {
    assertThat(read("en", sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      Rangers said she shot herself in the leg while cleaning a rifle.  | injured 1 exact null
      The hiker was hurt after he accidentally shot himself.            | injured 1 exact null
      The ranger was cleaning a rifle when he shot himself and died.    | killed 1 exact null
      A gunman killed two guards before he shot himself.                | killed 2 exact null
      The porter said he did not shoot himself.                         | ``
      The porter threatened that he would shoot himself.                | ``
      """)
  void aPronounSubjectOfAReflexiveHitIsOnePersonHit(String sentence, String expected) {
    assertThat(read("en", sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      The rockfall left a porter dead and his brother hurt.             | killed 1 exact null; injured 1 exact null
      The blast left a guard dead and two others injured.               | injured 2 exact null; killed 1 exact null
      Leaving a porter injured, the rebels fled.                         | injured 1 exact null
      The ranger left a wife and three children.                        | ``
      The porter left a hut before the rockfall.                        | ``
      It follows a rockfall last week that left a porter dead.          | ``
      """)
  void eachObjectOfLeftKeepsItsOwnStateWord(String sentence, String expected) {
    assertThat(read("en", sentence)).isEqualTo(expected);
  }
}
