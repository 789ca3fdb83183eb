package io.wirewatch.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.PubStatus;
import io.wirewatch.model.WireItem;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * HEADLINE_MISMATCH in the languages we ingest, in copy written for this test: a headline that belongs to
 * its body is left alone in each language, one that belongs to another story is flagged, and copy the rule
 * has no data for (Swedish), tables and result lists are left alone rather than guessed at.
 */
class HeadlineMismatchLanguagesTest {
  private static final HeadlineMismatchRule RULE = HeadlineMismatchRule.defaults();

  private static final String FR_BODY = "Les agriculteurs de la région ont bloqué plusieurs routes départementales "
      + "mardi matin avec leurs tracteurs pour protester contre la baisse des prix du lait payés par les laiteries. "
      + "Les syndicats agricoles réclament une renégociation des contrats avant la fin du mois et menacent "
      + "d'étendre le mouvement aux autoroutes si le préfet ne reçoit pas leurs représentants.";
  private static final String DE_BODY = "Die Stadtwerke haben am Dienstag die Preise für Fernwärme zum dritten "
      + "Mal in diesem Jahr erhöht. Betroffen sind rund vierzigtausend Haushalte im Norden der Stadt. Die "
      + "Verbraucherzentrale kritisierte die Erhöhung als unangemessen und riet den Kunden, Widerspruch gegen "
      + "die neuen Abrechnungen einzulegen, bevor die Frist im Frühjahr abläuft.";
  private static final String ES_BODY = "El ayuntamiento aprobó el martes un plan para renovar la red de "
      + "autobuses urbanos con vehículos eléctricos antes de finales de la década. La inversión prevista "
      + "supera los cuarenta millones de euros y se financiará en parte con fondos europeos, según explicó "
      + "la concejala de movilidad durante la presentación en el pleno municipal.";

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      fr | Des agriculteurs bloquent des routes contre la baisse du prix du lait
      de | Stadtwerke erhöhen erneut die Preise für Fernwärme
      es | El ayuntamiento renovará los autobuses urbanos con vehículos eléctricos
      it | L'ospedale apre un nuovo reparto di cardiologia per i bambini
      """)
  void shouldLeaveAHeadlineThatBelongsToItsBodyAlone(String lang, String headline) {
    assertThat(RULE.evaluate(item(lang, headline, body(lang)), StoryTerms.empty())).as(headline).isEmpty();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      fr | Un séisme de magnitude six secoue le nord du Chili
      de | Nationalmannschaft verliert Testspiel gegen Norwegen deutlich
      es | Incendio forestal obliga a evacuar tres pueblos de montaña
      it | La nazionale di pallavolo perde la finale contro la Polonia
      """)
  void shouldFlagAHeadlineThatBelongsToAnotherStoryInEachLanguage(String lang, String headline) {
    assertThat(RULE.evaluate(item(lang, headline, body(lang)), StoryTerms.empty())).as(headline).isPresent();
  }

  @Test
  void shouldAbstainForALanguageWithoutHeadlineData() {
    WireItem swedish = item(null, "Hemmalaget vann derbyt efter sent avgörande",
        "Hemmalaget tog en viktig seger i kvällens derby när mittfältaren nickade in avgörandet i den "
            + "sista minuten. Tränaren var nöjd efter matchen och berömde försvaret som höll tätt under "
            + "hela andra halvlek trots att gästerna pressade på för en kvittering inför fullsatta läktare.");
    assertThat(RULE.evaluate(swedish, StoryTerms.empty())).isEmpty();
  }

  @Test
  void shouldAbstainForTablesAndResultLists() {
    WireItem table = item("en", "Northern Conference Table",
        "Rivertown 12 9 2 1 29; Hillside 12 8 2 2 26; Lakeport 12 7 3 2 24; Oakfield 12 6 2 4 20; "
            + "Millbrook 12 5 3 4 18; Stonebridge 12 4 2 6 14; Ashford 12 2 3 7 9; Kingsley 12 1 1 10 4.");
    WireItem result = item("en", "Rivertown 3-1 Hillside",
        "Two late goals gave the visitors from the coast a comfortable afternoon in front of a sold-out "
            + "crowd, with the veteran captain scoring twice before the substitute added a third in stoppage "
            + "time, and the manager praised the discipline of his young defence.");
    assertThat(RULE.evaluate(table, StoryTerms.empty())).isEmpty();
    assertThat(RULE.evaluate(result, StoryTerms.empty())).isEmpty();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      de | Nachrichtenüberblick WIRTSCHAFT am Mittwoch um 12 Uhr
      de | «Bergstädter Bote» zur Lage in Skandinavien
      en | Weekend news digest for subscribers
      fr | Revue de presse du mercredi
      es | Agenda informativa del miércoles
      """)
  void shouldAbstainForDigestsSchedulesAndPressReviews(String lang, String headline) {
    assertThat(RULE.evaluate(item(lang, headline, body(lang)), StoryTerms.empty())).as(headline).isEmpty();
  }

  private static String body(String lang) {
    return switch (lang) {
      case "fr" -> FR_BODY;
      case "de" -> DE_BODY;
      case "it" -> "L'ospedale della città ha aperto lunedì un nuovo reparto di cardiologia dedicato ai "
          + "bambini, con dodici posti letto e due sale operatorie. L'investimento supera i cinque milioni di "
          + "euro, finanziati in parte dalla regione, e consentirà di evitare i trasferimenti dei piccoli "
          + "pazienti verso gli ospedali del nord, ha spiegato il direttore sanitario.";
      case "en" -> "The city council approved a plan on Tuesday to replace its ageing diesel buses with "
          + "electric ones by the end of the decade, at a cost of more than forty million euros, part of "
          + "which will come from European funds, the transport councillor told the assembly.";
      default -> ES_BODY;
    };
  }

  @Test
  void aStoryKeepsEachItemsStemsInTheItemsLanguageAsTheHeadlineIsKeyed() {
    // French elides articles ("l'élection", "d'Haïti"): keyed as English, the story would hold "l'élect"
    StoryTerms story = StoryTerms.empty().with(item("fr", "Le second tour de l'élection reporté",
        "La commission électorale a reporté le second tour de l'élection présidentielle d'une semaine, "
            + "invoquant des retards dans l'acheminement du matériel de vote vers les régions du nord."));
    HeadlineKeys french = HeadlineKeys.of("fr").orElseThrow();
    assertThat(french.keys("Élection présidentielle : nouveau report"))
        .allMatch(k -> Terms.meets(k, story.terms()) || k.equals("nouveau"));
  }

  private static WireItem item(String lang, String headline, String body) {
    return new WireItem("urn:test:" + headline.hashCode(), "1", Instant.parse("2025-03-04T10:00:00Z"), null,
        "test", lang, headline, List.of(body), null, null, null, null, 3, PubStatus.USABLE, List.of(), null,
        List.of(), List.of(), "t.json", "ninjs-2", null);
  }
}
