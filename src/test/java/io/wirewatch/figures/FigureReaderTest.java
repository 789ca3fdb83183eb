package io.wirewatch.figures;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.text.TextLayer;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One case per construction class the structural reader handles, in each language it has files for. The
 * sentences are our own. Expected: "metric value qualifier side" per figure, in text order, joined by "; ".
 */
class FigureReaderTest {

  static String read(String lang, String sentence) {
    return FigureReader.read(TextLayer.get().sentence(sentence, lang), 2026).stream()
        .map(r -> r.metric().id() + " " + r.value() + " " + r.qualifier().id() + " " + r.side())
        .collect(Collectors.joining("; "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      Nine guerrillas were killed in a raid on their camp, the army said.             | killed 9 exact null
      The storm killed 14 across the coastal province over the weekend.              | killed 14 exact null
      The blast killed at least 30 people and wounded 70 others on Monday.           | killed 30 at_least null; injured 70 exact null
      Police arrested more than 200 demonstrators in the capital since Friday.       | arrested 200 more_than null
      Twelve Georgian soldiers and 15 Russian troops were killed in the fighting.    | killed 12 exact GE; killed 15 exact RU
      The fire left 23 dead, the fire brigade said.                                   | killed 23 exact null
      Rescuers recovered the bodies of 17 miners on Tuesday.                         | killed 17 exact null
      Some 4,000 residents were evacuated from the valley.                           | evacuated 4000 about null
      Five gunmen shot dead a shopkeeper in the market.                              | killed 1 exact null
      The attack killed 40 people, including seven children.                         | killed 40 exact null
      Another 12 people were killed on Monday.                                        | ``
      No one was killed, but 20 people were hurt, officials said.                    | injured 20 exact null
      If the levee breaks, up to 9,000 people would have to be evacuated.            | ``
      The 2004 tsunami killed some 230,000 people.                                    | ``
      The ministry denied that 50 protesters had been detained.                      | ``
      The bridge toll will rise to 12 Australian dollars.                             | ``
      The team won 128-94 after killing off the game.                                 | ``
      More than 150 soldiers were killed on both sides.                              | ``
      The number of people wounded in the blast rose to 64, police said.             | injured 64 exact null
      The agency put the number of displaced at about 12,000.                         | displaced 12000 about null
      Six workers remained trapped in the tunnel on Sunday.                          | missing 6 exact null
      Officials moved 80,000 villagers to higher ground.                              | evacuated 80000 exact null
      The army moved 3,000 troops to the border.                                      | troops 3000 exact null
      More than 9,000 people spent the night in shelters.                            | evacuated 9000 more_than null
      Ukraine said it had lost 30 soldiers in the assault.                           | killed 30 exact UA
      The club lost 30 members over the summer.                                       | ``
      Moldova said four of its citizens were hurt in the crash.                      | injured 4 exact MD
      Baku said 12 of its servicemen had died.                                        | killed 12 exact AZ
      Seven Bolivians were injured when the bus overturned.                          | injured 7 exact BO
      Eight of the injured were in critical condition.                                | ``
      Crews pulled three more bodies from the rubble.                                 | ``
      Officials had earlier said nine people were killed.                            | ``
      Police gave no reason but said 14 people had been detained.                    | arrested 14 exact null
      Five people - two guards and three visitors - were wounded.                    | injured 5 exact null
      Prosecutors charged 10 men over the riot, in which four people were killed.    | killed 4 exact null
      Police arrested a man wanted for an ambush in which six soldiers were killed.  | arrested 1 exact null
      Two days of deadly clashes ended on Friday.                                     | ``
      Gunmen killed a farmer near the border post.                                   | killed 1 exact null
      Rebels killed a shopkeeper and his wife in the village.                        | killed 2 exact null
      A soldier was killed and three others were wounded in the ambush.              | injured 3 exact null; killed 1 exact null
      Four policemen and a civilian were killed in the blast.                        | killed 5 exact null
      A guard and two inmates were killed in the riot.                                | killed 3 exact null
      Nine pilgrims were killed when 200 armed men attacked the convoy.              | killed 9 exact null
      Two farmers were killed in a clash between 150 armed men and villagers.        | killed 2 exact null
      Nobody died but 30 people were hurt when the stand collapsed.                 | injured 30 exact null
      The raid killed 40 Somali militia fighters, the army said.                    | killed 40 exact SO
      Three people died and at least 25 were injured in the crash.                   | killed 3 exact null; injured 25 at_least null
      The landslide buried a hamlet, claiming 31 lives.                               | killed 31 exact null
      Officers made 60 further arrests on Sunday.                                     | ``
      Crowds marked 15 years since the flood that killed 900 people.                  | ``
      The warlord threatened on radio to kill 50 hostages.                            | ``
      Earlier reports that 12 people had died were wrong, the mayor said.            | ``
      Soldiers airlifted 120 hikers cut off by the snow.                              | evacuated 120 exact null
      Police ordered 2,500 residents out of the valley.                               | evacuated 2500 exact null
      Two workers died and nine remained trapped after the collapse.                 | killed 2 exact null; missing 9 exact null
      A teacher was among those hurt in the fire.                                     | ``
      A gang leader wanted for the murder of two guards was detained on Monday.     | arrested 1 exact null
      Six men involved in the killing of a judge were arrested in the capital.       | arrested 6 exact null
      Students marched to protest the killing of four classmates.                    | ``
      Police arrested Tom Baker and Ann Lee at the port.                             | arrested 2 exact null
      Gunmen shot dead Ravi Kumar (40), a shopkeeper, on Monday.                     | killed 1 exact null
      The army killed Islamic State fighters near the town.                          | ``
      About 30 rebels shot dead Ravi Kumar (40) in his shop.                          | killed 1 exact null
      Rebels killed a 47-year-old farmer on Sunday.                                   | killed 1 exact null
      Two porters, Ram Lal and Shyam Das, were killed in the blast.                  | killed 2 exact null
      Bandits shot dead, Ram Lal, a trader, on the highway.                          | killed 1 exact null
      A trader was beaten to death by a mob.                                          | killed 1 exact null
      Two people were hurt, Police Chief Ann Lee said.                               | injured 2 exact null
      Since the storm hit last week, 210 people have died.                            | killed 210 exact null
      About 9,000 people were evacuated, after the lessons of last year's floods.    | evacuated 9000 about null
      Last year's floods killed 300 people.                                           | ``
      The crash killed 12 people in the country's worst rail accident in decades.    | killed 12 exact null
      Twenty climbers were listed as missing on Monday.                               | missing 20 exact null
      Crowds gathered, a year after troops shot dead 14 marchers there.              | ``
      It was the deadliest blast since a car bomb killed 60 people in March.          | ``
      A guard was killed and another injured in the ambush.                           | killed 1 exact null; injured 1 exact null
      The blast killed one worker and injured another.                                | killed 1 exact null; injured 1 exact null
      Another 12 people were hurt on Monday.                                           | ``
      A 21 year-old woman was wounded in the leg.                                      | injured 1 exact null
      The floods killed 40 people in the past 24 hours.                                | killed 40 exact null
      Police fatally shot two men outside the bank.                                    | killed 2 exact null
      Four teenagers were shot and wounded near the park.                              | injured 4 exact null
      Three guards suffered gunshot wounds in the raid.                                | injured 3 exact null
      A trader was shot dead by a group of about 30 gunmen.                            | killed 1 exact null
      The number of people displaced by the storm fell to about 9,000.                 | displaced 9000 about null
      A constable was killed and another wounded in the blast.                         | killed 1 exact null; injured 1 exact null
      The bomb killed an officer and injured another 16 policemen.                     | injured 16 exact null; killed 1 exact null
      A guard was killed; another guard was injured.                                   | killed 1 exact null; injured 1 exact null
      Two villagers sustained bullet injuries in the crossfire.                        | injured 2 exact null
      Police said 30 people were detained and no injuries were reported.              | arrested 30 exact null
      Officials said 12 passengers were not hurt.                                      | ``
      A few soldiers suffered minor injuries in the scuffle.                           | ``
      The fire forced the evacuation of 7,000 residents.                               | evacuated 7000 exact null
      Five gunmen stopped the bus and shot Hasan dead.                                  | ``
      Four robbers shot dead Gopal in his shop.                                         | ``
      Three people died Monday in the crash.                                            | killed 3 exact null
      A farmer, identified as Joe Bloggs (61), was killed by the rebels.             | killed 1 exact null
      """)
  void english(String sentence, String expected) {
    assertThat(read("en", sentence)).isEqualTo(expected == null ? "" : expected);
  }

  /** A month before the item's, with no day, sets the sentence in the past; a later one (last year's) does not. */
  @ParameterizedTest(name = "{0} in month {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      In March, 14 people were killed when the bridge collapsed.    | 9 | ``
      In March, 14 people were killed when the bridge collapsed.    | 3 | killed 14 exact null
      On March 12, 14 people were killed when the bridge collapsed. | 9 | killed 14 exact null
      """)
  void earlierMonth(String sentence, int month, String expected) {
    String got = FigureReader.readAll(TextLayer.get().sentence(sentence, "en"), 2026, month, null).stream()
        .filter(r -> !r.previous())
        .map(r -> r.metric().id() + " " + r.value() + " " + r.qualifier().id() + " " + r.side())
        .collect(Collectors.joining("; "));
    assertThat(got).isEqualTo(expected == null ? "" : expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      Quinze villageois ont été tués mercredi dans une attaque, selon la police.      | killed 15 exact null
      Des hommes armés ont tué sept paysans près du fleuve.                          | killed 7 exact null
      L'accident a fait 12 morts et 40 blessés.                                        | killed 12 exact null; injured 40 exact null
      L'explosion a fait une trentaine de morts en 48 heures.                         | killed 30 about null
      Près de 2 000 habitants ont été évacués avant la crue.                          | evacuated 2000 nearly null
      Les heurts ont fait 9 morts côté arménien et 6 côté azerbaïdjanais.             | killed 9 exact AM; killed 6 exact AZ
      Vingt personnes ont été blessées, dont trois grièvement.                        | injured 20 exact null
      Aucun blessé n'est à déplorer, mais 50 personnes pourraient être évacuées.      | ``
      """)
  void french(String sentence, String expected) {
    assertThat(read("fr", sentence)).isEqualTo(expected == null ? "" : expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      Elf Bergleute wurden bei dem Unglück getötet, teilte die Polizei mit.           | killed 11 exact null
      Bei dem Unfall gab es zwei Tote und 15 Verletzte.                                | killed 2 exact null; injured 15 exact null
      Die Polizei nahm nach der Demonstration 40 Personen fest.                       | arrested 40 exact null
      Fast 3.000 Menschen wurden in Sicherheit gebracht.                               | evacuated 3000 nearly null
      Frankreich hat 800 Soldaten nach Estland verlegt.                               | troops 800 exact FR
      Vor zehn Jahren starben bei dem Beben 300 Menschen.                              | ``
      """)
  void german(String sentence, String expected) {
    assertThat(read("de", sentence)).isEqualTo(expected == null ? "" : expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      Catorce personas murieron en el choque de dos camiones.                         | killed 14 exact null
      La policía detuvo a 60 manifestantes en el centro.                              | arrested 60 exact null
      El temporal dejó 8 muertos y 3 desaparecidos en la región.                      | killed 8 exact null; missing 3 exact null
      Más de 1.000 vecinos fueron desalojados por el fuego.                           | evacuated 1000 more_than null
      El sismo podría causar hasta 5.000 muertos, según un estudio.                   | ``
      """)
  void spanish(String sentence, String expected) {
    assertThat(read("es", sentence)).isEqualTo(expected == null ? "" : expected);
  }

  /** Italian has no Java of its own: these ten cases run on lang/it/ files alone. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      Dodici persone sono state uccise in un agguato.                                 | killed 12 exact null
      L'esplosione ha causato 5 morti e 30 feriti.                                     | killed 5 exact null; injured 30 exact null
      Almeno 40 migranti sono dispersi in mare.                                        | missing 40 at_least null
      Circa 600 abitanti sono stati evacuati dopo la frana.                           | evacuated 600 about null
      La polizia ha arrestato 18 sospetti in un blitz.                                 | arrested 18 exact null
      Più di 3.000 persone sono sfollati dopo il terremoto.                          | displaced 3000 more_than null
      L'Italia ha schierato 1.000 soldati in Lettonia.                                 | troops 1000 exact IT
      Nessuna persona è stata ferita nell'incidente.                                   | ``
      Il crollo potrebbe causare 200 morti, secondo gli esperti.                      | ``
      Sono stati feriti 25 tifosi, tra cui 4 bambini.                                  | injured 25 exact null
      """)
  void italian(String sentence, String expected) {
    assertThat(read("it", sentence)).isEqualTo(expected == null ? "" : expected);
  }
}
