package io.wirewatch.alerts.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.alerts.escalation.SentenceReading.Frame;
import io.wirewatch.model.PubStatus;
import io.wirewatch.model.WireItem;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sentence readings per phenomenon and per language, in sentences written for these tests. */
class SentenceReadingTest {
  private static final EscalationDetector DETECTOR = EscalationDetector.withDefaults();

  private static SentenceReading read(String lang, String sentence) {
    return DETECTOR.readSentence(sentence, lang, 2025, false);
  }

  @ParameterizedTest(name = "{0} {2} <- {1}")
  @CsvSource(delimiter = '|', textBlock = """
      fr | Des heurts ont opposé des manifestants aux gendarmes devant la mairie                 | clashes
      fr | Deux soldats ont été tués dans une embuscade près de la frontière                      | casualties
      fr | Le gouvernement a décrété la loi martiale dans trois provinces                          | war
      fr | Le pays a rappelé son ambassadeur pour consultations                                    | tension
      de | Polizisten setzten Tränengas gegen Demonstranten vor dem Rathaus ein                     | clashes
      de | Bei dem Angriff auf einen Grenzposten wurden drei Soldaten getötet                       | casualties
      de | Das Parlament hat die Generalmobilmachung beschlossen                                   | war
      de | Die Regierung hat eine nächtliche Ausgangssperre verhängt                               | tension
      es | Manifestantes y policías se enfrentaron con piedras y gases lacrimógenos                | clashes
      es | Cuatro soldados murieron en una emboscada cerca de la frontera                          | casualties
      es | El Gobierno decretó la ley marcial en todo el territorio                                | war
      es | El país expulsó a dos diplomáticos del país vecino                                      | tension
      en | The defence ministry said two of its soldiers were wounded by sniper fire                | casualties
      """)
  void shouldReadActsAtTheirLevelInEachLanguage(String lang, String sentence, String level) {
    SentenceReading r = read(lang, sentence);
    assertThat(r.frame()).as(sentence).isEqualTo(Frame.ACT);
    assertThat(r.level().id()).as(sentence).isEqualTo(level);
  }

  @ParameterizedTest(name = "{0} {2} <- {1}")
  @CsvSource(delimiter = '|', textBlock = """
      en | No shots were fired at the checkpoint, the army said                                   | NEGATED
      en | The ministry denied that its artillery had shelled the village                         | NEGATED
      en | A collapse of the talks could lead to clashes in the north                             | HYPOTHETICAL
      en | Officials fear that clashes may erupt if the vote is delayed                           | HYPOTHETICAL
      fr | Aucun blessé n'a été signalé                                                            | NEGATED
      fr | Aucun obus n'est tombé sur la ville                                                     | NEGATED
      fr | Un échec des négociations pourrait provoquer des affrontements                          | HYPOTHETICAL
      de | Verletzte gab es nicht                                                                  | NEGATED
      de | Keine Toten, teilte die Polizei mit                                                     | NEGATED
      de | Experten befürchten neue Kämpfe an der Grenze                                           | HYPOTHETICAL
      es | No hubo disparos en la zona, según el Ejército                                          | NEGATED
      es | Una ruptura del diálogo podría desembocar en enfrentamientos                            | HYPOTHETICAL
      """)
  void shouldTellNegatedAndHypotheticalEventsFromActs(String lang, String sentence, Frame frame) {
    assertThat(read(lang, sentence).frame()).as(sentence).isEqualTo(frame);
  }

  @ParameterizedTest(name = "{0} silent <- {1}")
  @CsvSource(delimiter = '|', textBlock = """
      en | The two supermarket chains are locked in a bruising price war
      en | In 1991 the same valley saw heavy fighting that killed thousands
      fr | La guerre des prix entre les enseignes s'intensifie
      fr | Il y a quarante ans, les combats avaient fait des centaines de morts
      de | Der Preiskrieg unter den Discountern geht weiter
      de | Dies sagte der Sprecher am Montag
      de | Der Rosenkrieg der beiden Erben beschäftigt erneut das Gericht
      es | La guerra de precios entre las cadenas se recrudece
      es | Un trabajador murió por un golpe de calor en la obra
      """)
  void shouldGiveNoEvidenceForMetaphorsAndBackground(String lang, String sentence) {
    assertThat(read(lang, sentence).isEvidence()).as(sentence).isFalse();
  }

  @ParameterizedTest(name = "{0} {2} <- {1}")
  @CsvSource(delimiter = '|', textBlock = """
      en | Several hundred students marched to the ministry to mourn a classmate killed by a stray bullet | tension
      en | Both parties agreed to a local truce following a month of heavy shelling                      | none
      en | Peace talks resumed in the capital despite air strikes on two northern towns                  | none
      fr | Des centaines de personnes ont défilé en hommage à un lycéen tué par balle                     | tension
      de | Tausende demonstrierten nach dem Tod eines Jugendlichen, der von Polizisten erschossen wurde   | tension
      es | Cientos de vecinos marcharon para denunciar la muerte de un joven abatido por la policía       | tension
      en | Police fired tear gas after students marched on the ministry                                 | clashes
      en | Police fired rubber bullets after the march, injuring dozens                                 | casualties
      """)
  void shouldReadViolenceNamedAsTheReasonOfACalmEventAsItsAntecedent(String lang, String sentence, String level) {
    SentenceReading r = read(lang, sentence);
    assertThat(r.isEvidence() ? r.level().id() : "none").as(sentence).isEqualTo(level);
  }

  @Test
  void shouldNameTheAntecedentFrameWhenNothingElseIsEvidence() {
    SentenceReading r = read("en", "The two sides agreed to talks following weeks of fighting");
    assertThat(r.frame()).isEqualTo(Frame.ANTECEDENT);
    assertThat(r.level()).isEqualTo(EscalationLevel.CLASHES);
  }

  @Test
  void shouldReadADatedEventAsNewsWhenTheItemHasNoDateOfItsOwn() {
    String dated = "Rebels and soldiers clashed near the river crossing on 3 May 2019";
    assertThat(DETECTOR.readSentence(dated, "en", 0, true).frame()).isEqualTo(Frame.ACT);
    assertThat(DETECTOR.readSentence(dated, "en", 2025, true).frame()).isEqualTo(Frame.BACKGROUND);
    assertThat(DETECTOR.readSentence("The 2019 clashes near the river left a deep scar", "en", 0, true).frame())
        .isEqualTo(Frame.BACKGROUND);
  }

  @Test
  void shouldReadTheLastHoursAsNewsAndThePastAsHistory() {
    assertThat(read("en", "Jets carried out airstrikes on the valley in the past 48 hours").frame()).isEqualTo(Frame.ACT);
    assertThat(read("en", "Jets carried out airstrikes on the valley in the past").frame()).isEqualTo(Frame.BACKGROUND);
  }

  @ParameterizedTest(name = "{0} silent <- {1}")
  @CsvSource(delimiter = '|', textBlock = """
      en | The singer has been fighting deportation since her visa expired
      en | The government condemned the neighbour's test of a hydrogen bomb
      en | The two countries remain technically in a state of war
      en | A coalition tasked with fighting the militants handed the base to the army
      en | The reform merges several regional bodies into one agency
      fr | Le voisin a procédé à un essai nucléaire souterrain
      de | Das Nachbarland hat einen weiteren Atomtest durchgeführt
      es | El vecino realizó una nueva prueba nuclear subterránea
      """)
  void shouldGiveNoEvidenceForWeaponsTestsStandingStatesAndOtherFights(String lang, String sentence) {
    assertThat(DETECTOR.readSentence(sentence, lang, 2025, true).isEvidence()).as(sentence).isFalse();
  }

  @ParameterizedTest(name = "{0} {2} <- {1}")
  @CsvSource(delimiter = '|', textBlock = """
      en | Two suicide bombers blew themselves up at a checkpoint                   | clashes
      en | Police used pepper spray and batons to disperse the crowd                | clashes
      en | A helicopter dropped containers of chlorine gas on the town              | clashes
      en | A mob set ablaze a man accused of theft                                 | clashes
      en | A landmine went off under a patrol vehicle on the mountain road         | clashes
      en | Youths threw bottles at officers who came under attack near the station | clashes
      en | Six marchers suffered gunshot wounds when troops fired on the crowd     | casualties
      en | The army deployed some 900 commandos to the northern border           | tension
      fr | Un kamikaze s'est fait exploser devant un poste de police               | clashes
      de | Bei einem Giftgasangriff auf die Stadt litten Dutzende an Atemnot      | clashes
      es | Un ataque químico alcanzó un barrio de la ciudad                        | clashes
      """)
  void shouldReadForceByItsWeaponAndMeans(String lang, String sentence, String level) {
    SentenceReading r = DETECTOR.readSentence(sentence, lang, 2025, true);
    assertThat(r.frame()).as(sentence).isEqualTo(Frame.ACT);
    assertThat(r.level().id()).as(sentence).isEqualTo(level);
  }

  @ParameterizedTest(name = "{1} <- {2}")
  @CsvSource(delimiter = '|', textBlock = """
      en | none    | Port city marks anniversary of the naval invasion | Hundreds gathered at the harbour on Sunday to lay flowers at the memorial.
      en | tension | Curfew imposed in the capital ahead of verdict in massacre trial | Streets were quiet as the curfew began at nightfall, residents said.
      es | none    | La villa recuerda el bombardeo noventa años después | Cientos de vecinos se reunieron en la plaza para un acto de homenaje.
      """)
  void shouldReadAHeadlineThatNamesThePastAtTensionAtMost(String lang, String level, String headline, String body) {
    WireItem item = item(lang, headline, body);
    assertThat(EscalationDetector.levelOf(DETECTOR.detect(item, StoryDomain.CONFLICT)).id()).as(headline)
        .isEqualTo(level);
  }

  @ParameterizedTest(name = "{0} silent <- {1}")
  @CsvSource(delimiter = '|', textBlock = """
      en | Residents heard loud blasts overnight from the planned destruction of old shells at a range
      en | The battalion deployed 200 soldiers to relieve its contingent in the peacekeeping mission
      fr | Les syndicats ont appelé mardi à une nouvelle journée de grèves le 12 avril
      es | Los sindicatos convocaron una movilización en cuarenta ciudades para el 1 de mayo
      de | Im Wahlkampf will die Partei ihre Anhänger mit Kundgebungen mobilisieren
      """)
  void shouldGiveNoEvidenceForDemolitionsRotationsAndCalledProtests(String lang, String sentence) {
    assertThat(DETECTOR.readSentence(sentence, lang, 2025, true).isEvidence()).as(sentence).isFalse();
  }

  @Test
  void shouldNameTheParticipantsBesideTheEvent() {
    SentenceReading r = read("en", "Soldiers and rebels clashed near the border crossing");
    assertThat(r.level()).isEqualTo(EscalationLevel.CLASHES);
    assertThat(r.participants()).contains("Soldiers", "rebels");
  }

  @Test
  void shouldLetTheNegationOfDeathsLeaveTheInjuriesStanding() {
    SentenceReading r = read("en", "Nobody died in the riot, but nine officers were injured");
    assertThat(r.isEvidence()).isTrue();
    assertThat(r.level()).isEqualTo(EscalationLevel.CASUALTIES);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      de | Dies teilte die Stadtverwaltung mit. Der Markt öffnet wie gewohnt am Samstag und die Stände bleiben bis Mitternacht offen.
      fr | Les bénévoles de la banque alimentaire se sont mobilisés tout le week-end pour la collecte nationale dans les supermarchés.
      es | El equipo local ganó el clásico por dos goles a uno y sus aficionados celebraron la victoria en la plaza mayor durante horas.
      sv | Polisen demonstrerade den nya utrustningen för journalister och visade hur de arbetar vid stora evenemang i staden.
      """)
  void shouldNeverReadOtherLanguagesWithTheEnglishCues(String lang, String text) {
    assertThat(DETECTOR.detect(item(null, "", text))).as("undeclared " + lang).isEmpty();
    assertThat(DETECTOR.detect(item("en", "", text))).as("declared English but written in " + lang).isEmpty();
  }

  @Test
  void shouldKeepAStrikeCallOffTheLadderInFrench() {
    WireItem strike = item("fr", "Retraites : les syndicats appellent à la mobilisation",
        "L'intersyndicale appelle à une nouvelle journée de mobilisation et de grève le 12 mars.");
    StoryDomain domain = DETECTOR.classifier().classify(strike).domain();
    assertThat(EscalationDetector.levelOf(DETECTOR.detect(strike, domain), domain))
        .isIn(EscalationLevel.NONE, EscalationLevel.TENSION);
  }

  @Test
  void shouldKeepADisasterTollOffTheLadder() {
    WireItem quake = item("es", "Un terremoto deja doce muertos en el norte",
        "Un terremoto de magnitud 6,1 dejó doce muertos y decenas de heridos, informó Defensa Civil.");
    StoryDomain domain = DETECTOR.classifier().classify(quake).domain();
    assertThat(domain).isEqualTo(StoryDomain.DISASTER);
    assertThat(EscalationDetector.levelOf(DETECTOR.detect(quake, domain), domain)).isEqualTo(EscalationLevel.NONE);
  }

  @Test
  void shouldReadAnUndeclaredGermanItemInGerman() {
    WireItem clash = item(null, "Schwere Kämpfe an der Grenze",
        "An der Grenze zwischen den beiden Ländern ist es in der Nacht zu schweren Kämpfen gekommen. "
            + "Dabei wurden nach Angaben des Verteidigungsministeriums vier Soldaten getötet.");
    assertThat(EscalationDetector.levelOf(DETECTOR.detect(clash))).isEqualTo(EscalationLevel.CASUALTIES);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      accident | Blasts tore through a warehouse where ammonium nitrate was stored, killing dozens
      accident | A gas leak at a chemical plant sent dozens of workers to hospital
      disaster | Wildfires driven by high winds and record temperatures forced a state of emergency
      security | Bandits killed seven villagers in separate attacks on three communities
      crime    | Nine men were shot dead in gang-related killings over the weekend, police said
      conflict | Security forces confirmed the deaths of six Maoist cadres in a gunbattle in the forest
      conflict | Investigators said chlorine gas was used in a chemical attack on the town
      """)
  void shouldTellIndustrialBlastsAndWildfiresFromAttacks(String domain, String text) {
    assertThat(DETECTOR.classifier().classify(item("en", "", text)).domain().id()).as(text).isEqualTo(domain);
  }

  private static WireItem item(String lang, String headline, String body) {
    return new WireItem("urn:test:" + (headline + body).hashCode(), "1", Instant.parse("2025-03-04T10:00:00Z"),
        null, "test", lang, headline, List.of(body), null, null, null, null, 3, PubStatus.USABLE, List.of(), null,
        List.of(), List.of(), "test", "text", null);
  }
}
