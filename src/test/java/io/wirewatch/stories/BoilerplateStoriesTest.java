package io.wirewatch.stories;

import static io.wirewatch.stories.StoryItems.item;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.WireItem;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reports that share only who sent them (dateline, credit, sign-off) stay separate stories. */
class BoilerplateStoriesTest {
  private static final String SIGN_OFF = "Reporting by Ann Example; Editing by Bo Sample";

  @Test
  void shouldNotJoinItemsWhoseOnlySharedTextIsBoilerplate() {
    List<WireItem> items = List.of(
        item("a", "en", "Senate passes farm bill", "CAPITOLIA (Northwire) - Senators passed a farm bill on "
            + "Tuesday after a long debate over grain subsidies.", SIGN_OFF),
        item("b", "en", "Museum returns statue", "CAPITOLIA (Northwire) - The national museum handed back a "
            + "bronze statue to the island it was taken from.", SIGN_OFF),
        item("c", "en", "Rail strike called off", "CAPITOLIA (Northwire) - Train drivers cancelled a walkout "
            + "planned for the weekend after a pay offer.", SIGN_OFF),
        item("d", "en", "Central bank holds rates", "CAPITOLIA (Northwire) - The central bank left its key "
            + "interest rate unchanged, citing slowing prices.", SIGN_OFF),
        item("e", "en", "Storm closes schools", "CAPITOLIA (Northwire) - Heavy snow shut schools across the "
            + "northern counties for a second day.", SIGN_OFF),
        item("f", "en", "Astronaut named to crew", "CAPITOLIA (Northwire) - A former test pilot will join the "
            + "next station crew, the space agency said.", SIGN_OFF));
    assertThat(storiesOf(items)).hasSize(items.size());
  }

  @Test
  void shouldNotJoinItemsInOtherLanguagesWhoseOnlySharedTextIsDatelineAndCredit() {
    List<WireItem> items = List.of(
        item("de1", "de", "Landtag beschließt Schulgesetz", "HAFENSTADT (dpa) - Der Landtag hat nach langer "
            + "Debatte ein neues Schulgesetz beschlossen.", "© dpa 2026 - Alle Rechte vorbehalten"),
        item("de2", "de", "Zoo zeigt junge Pandas", "HAFENSTADT (dpa) - Der städtische Zoo zeigt erstmals seine "
            + "beiden jungen Pandas.", "© dpa 2026 - Alle Rechte vorbehalten"),
        item("fr1", "fr", "Grève des contrôleurs aériens", "HAFENSTADT (AFP) - Les contrôleurs aériens ont cessé le "
            + "travail pour protester contre leurs horaires.", "Tous droits réservés"),
        item("fr2", "fr", "Un musée rouvre ses portes", "HAFENSTADT (AFP) - Le musée des beaux-arts rouvre après deux "
            + "ans de travaux.", "Tous droits réservés"),
        item("es1", "es", "Sube el precio del pan", "HAFENSTADT (EFE).- El precio del pan subió un tercio en los "
            + "mercados de la región.", "Todos los derechos reservados"),
        item("es2", "es", "Gana el equipo local", "HAFENSTADT (EFE).- El equipo local ganó la final de baloncesto "
            + "ante su público.", "Todos los derechos reservados"));
    assertThat(storiesOf(items)).hasSize(items.size());
  }

  @Test
  void shouldNotJoinUnrelatedReportsOfOneSiteWhoseOnlySharedTextIsItsPageFurniture() {
    String form = " Portal Norte Actualizado: 03/02/2026 10:15h Guardar Enviar noticia por correo electrónico Tu "
        + "nombre * Tu correo electrónico * Noticias relacionadas ";
    String close = " es un contenido original de Portal Norte";
    List<WireItem> items = List.of(
        item("es1", "es", "Sube el precio del pan en Villaalta", "Sube el precio del pan en Villaalta" + form
            + "Los panaderos de Villaalta subieron un tercio el precio de la barra por el coste de la harina."
            + " Sube el precio del pan en Villaalta" + close),
        item("es2", "es", "Reabre el museo de Costaclara", "Reabre el museo de Costaclara" + form
            + "El museo de bellas artes de Costaclara abrió de nuevo tras dos años de obras en su tejado."
            + " Reabre el museo de Costaclara" + close),
        item("es3", "es", "Gana el equipo de Montebajo", "Gana el equipo de Montebajo" + form
            + "El equipo de baloncesto de Montebajo ganó la final ante su público por tres puntos."
            + " Gana el equipo de Montebajo" + close));
    assertThat(storiesOf(items)).hasSize(items.size());
  }

  /** The stories a fresh clusterer puts the items in, all at one time. */
  private static Set<String> storiesOf(List<WireItem> items) {
    StoryClusterer clusterer = new StoryClusterer(StoryClusterer.Settings.standard(),
        new DocumentFrequencies(Map.of(), 0), List.of());
    Set<String> stories = new HashSet<>();
    StoryItems.feed(clusterer, Duration.ZERO, items).values().forEach(a -> stories.add(a.storyId()));
    return stories;
  }
}
