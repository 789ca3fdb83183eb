package io.wirewatch.stories;

import static io.wirewatch.stories.StoryItems.item;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.WireItem;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A reporter's byline, a photographer's credit and a contact line say who made a report, not who is in it:
 * two unrelated reports of one site that share only those stay apart and never reopen each other's story,
 * while a lead that starts like a credit ("By Tuesday ...") or names a person keeps its names.
 */
class CreditsStoriesTest {
  private static final TermProfiles PROFILES = new TermProfiles(TermProfiles.Weights.standard());
  private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

  /** Two unrelated reports per language, each carrying the same reporter's and photographer's credits. */
  private static List<List<WireItem>> pairs() {
    return List.of(
        List.of(
            item("en1", "en", "Warehouse fire in Millbrook", "By Quentin Farrowby",
                "Firefighters fought a blaze at a grain warehouse on the edge of Millbrook overnight.",
                "Darla Penwhistle / Staff Photographer",
                "Contact Quentin Farrowby at qfarrowby@example.com or 555-0100. Follow Quentin Farrowby on Twitter.",
                "Tribune reporter Orsolya Brandvik contributed to this report."),
            item("en2", "en", "School board approves budget", "By Quentin Farrowby",
                "The school board in Eastvale approved a larger budget for teachers' pay after a long meeting.",
                "Photo courtesy of Darla Penwhistle",
                "Photo: Darla Penwhistle, Eastvale Herald A teacher reads the budget. (Herald Photo/Darla Penwhistle)",
                "Darla Penwhistle: dpenwhistle@example.com",
                "Quentin Farrowby can be reached at qfarrowby@example.com.",
                "Tribune reporter Orsolya Brandvik contributed.")),
        pair("de", "Von Quentin Farrowby", "Foto: dpa/Darla Penwhistle",
            "Brand in Lagerhalle",
            "Die Feuerwehr löschte in der Nacht einen Brand in einer Lagerhalle am Rand von Mühlbach.",
            "Gemeinderat beschließt Haushalt",
            "Der Gemeinderat von Ostheim hat nach langer Sitzung mehr Geld für Schulen beschlossen."),
        pair("es", "Por Quentin Farrowby", "Foto: EFE/Darla Penwhistle",
            "Incendio en un almacén",
            "Los bomberos apagaron durante la noche un incendio en un almacén de grano en Villaalta.",
            "Aprobado el presupuesto escolar",
            "El consejo escolar de Costaclara aprobó un presupuesto mayor para el sueldo de los maestros."),
        pair("fr", "Par Quentin Farrowby", "Photo : AFP/Darla Penwhistle",
            "Incendie dans un entrepôt",
            "Les pompiers ont éteint dans la nuit un incendie dans un entrepôt de grain à Villeneuve.",
            "Le conseil vote le budget",
            "Le conseil municipal de Beaumont a voté un budget plus large pour le salaire des enseignants."));
  }

  /** Two unrelated reports in one language under one byline and one photo credit. */
  private static List<WireItem> pair(String lang, String byline, String credit, String headline1, String lead1,
      String headline2, String lead2) {
    return List.of(item(lang + "1", lang, headline1, byline, lead1, credit),
        item(lang + "2", lang, headline2, byline, lead2, credit));
  }

  @Test
  void shouldKeepNoCreditedNameAsAnAnchorInAnyLanguage() {
    for (List<WireItem> pair : pairs()) {
      for (WireItem item : pair) {
        assertThat(PROFILES.of(item).keySet()).as(item.uri())
            .noneMatch(f -> f.contains("farrowby") || f.contains("penwhistle") || f.contains("brandvik"));
      }
    }
  }

  @Test
  void shouldNotJoinUnrelatedReportsSharingOnlyTheirCredits() {
    for (List<WireItem> pair : pairs()) {
      StoryClusterer c = storyOf(pair.get(0));
      StoryClusterer.Assignment second = assign(c, pair.get(1), T0.plusSeconds(3600));
      assertThat(second.storyId()).as(pair.get(1).uri()).isNotEqualTo("s-" + pair.get(0).uri());
    }
  }

  @Test
  void shouldNotReopenAClosedStoryForAReportSharingOnlyItsCredits() {
    for (List<WireItem> pair : pairs()) {
      StoryClusterer c = storyOf(pair.get(0));
      assertThat(c.expire(T0.plus(Duration.ofDays(20)))).containsExactly("s-" + pair.get(0).uri());

      StoryClusterer.Assignment later = assign(c, pair.get(1), T0.plus(Duration.ofDays(40)));
      assertThat(later.storyId()).as(pair.get(1).uri()).isNotEqualTo("s-" + pair.get(0).uri());
      assertThat(later.reason()).doesNotStartWith("reopens");
    }
  }

  @Test
  void shouldKeepALeadThatStartsLikeACreditOrNamesAPerson() {
    Map<String, List<String>> leads = Map.of(
        "en", List.of("By Tuesday night, police had arrested Jane Roe's brother in Millbrook.",
            "By Jane Roe's account, the fire started in the kitchen.",
            "Photos showed the suspect leaving the warehouse with Rob Sample.",
            "Contact with the fishing boat was lost on Monday, the coast guard said.",
            "Jane Roe, a staff photographer, was among the wounded."),
        "de", List.of("Von Montag an gilt in Mühlbach ein Fahrverbot.",
            "Von der Leyen sagte, die Hilfe komme rasch.",
            "Von Jane Roe erwartet die Partei einen Neuanfang."),
        "es", List.of("Por la tarde, la policía detuvo a Jane Roe en Villaalta.",
            "Por Jane Roe votaron cien diputados en la sesión del martes.",
            "Por otra parte, el alcalde Rob Sample anunció nuevas obras."),
        "fr", List.of("Par ailleurs, le maire Rob Sample a annoncé des travaux.",
            "Par Jane Roe, la mairie a appris la fermeture de l'usine."));
    leads.forEach((lang, sentences) -> {
      for (String s : sentences) {
        assertThat(Boilerplate.of(lang).strip(s)).as(lang).isEqualTo(s);
      }
    });
  }

  /** A clusterer (closed stories remembered) whose one open story is the item's. */
  private static StoryClusterer storyOf(WireItem item) {
    StoryClusterer c = new StoryClusterer(StoryClusterer.Settings.standard(),
        new DocumentFrequencies(Map.of(), 0), List.of());
    StoryClusterer.Assignment a = assign(c, item, T0);
    c.join(a.storyId(), c.vector(PROFILES.of(item)), T0);
    return c;
  }

  private static StoryClusterer.Assignment assign(StoryClusterer c, WireItem item, Instant at) {
    Map<String, Float> terms = PROFILES.of(item);
    c.observe(terms);
    return c.assign(c.vector(terms), at, "s-" + item.uri());
  }
}
