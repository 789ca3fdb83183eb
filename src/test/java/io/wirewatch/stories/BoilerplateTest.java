package io.wirewatch.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BoilerplateTest {
  private final Boilerplate english = Boilerplate.of("en");

  @Test
  void shouldCutADatelineWithAnAgencyCreditAndKeepTheSentence() {
    assertThat(english.strip("OSLO (Northwire) - The ferry operator raised its fares on Monday."))
        .isEqualTo("The ferry operator raised its fares on Monday.");
    assertThat(english.strip("LAKE TOWN, Ore., April 4 (Northwire) -- A bridge reopened after repairs."))
        .isEqualTo("A bridge reopened after repairs.");
  }

  @Test
  void shouldDropSignOffsCopyrightAndStandingLinksWhole() {
    assertThat(english.strip("Reporting by Ann Example; Editing by Bo Sample")).isEmpty();
    assertThat(english.strip("(Additional reporting by Cy Person in Lima)")).isEmpty();
    assertThat(english.strip("Copyright 2026 Northwire. All rights reserved.")).isEmpty();
    assertThat(english.strip("Read more: the fares table for every route")).isEmpty();
  }

  @Test
  void shouldKeepNewsThatOnlyMentionsTheWordsOfABoilerplateLine() {
    String s = "The court heard a copyright claim over a song the band recorded.";
    assertThat(english.strip(s)).isEqualTo(s);
  }

  @Test
  void shouldApplyALanguagesPatternsOnlyToThatLanguage() {
    String spanishCredit = "El puerto cerró por el viento. Con información de una radio local";
    assertThat(Boilerplate.of("es").strip(spanishCredit)).isEqualTo("El puerto cerró por el viento.");
    assertThat(english.strip(spanishCredit)).isEqualTo(spanishCredit);
    assertThat(Boilerplate.of("xx").strip("OSLO (Northwire) - Text.")).isEqualTo("OSLO (Northwire) - Text.");
  }

  @Test
  void shouldCutAPressPortalsUnitCodeAndContactBlockFromGermanReleases() {
    Boilerplate german = Boilerplate.of("de");
    assertThat(german.strip("POL-XY: Einbruch in Lagerhalle")).isEqualTo("Einbruch in Lagerhalle");
    assertThat(german.strip("Die Täter entkamen. Rückfragen bitte an: Pressestelle, Telefon 0123"))
        .isEqualTo("Die Täter entkamen.");
  }
  @Test
  void shouldCutTheDesksInvitationToFollowItInEachLanguage() {
    assertThat(english.strip("The ferry runs again. Follow us on Twitter for the latest timetable."))
        .isEqualTo("The ferry runs again.");
    assertThat(Boilerplate.of("es").strip("El ferry vuelve. Puedes seguir Portal Norte en Facebook, Twitter o aquí."))
        .isEqualTo("El ferry vuelve.");
    assertThat(Boilerplate.of("de").strip("Die Fähre fährt wieder. Folgen Sie uns auf Twitter und Instagram."))
        .isEqualTo("Die Fähre fährt wieder.");
    assertThat(Boilerplate.of("fr").strip("Le ferry repart. Suivez-nous sur Facebook pour les horaires."))
        .isEqualTo("Le ferry repart.");
    String news = "Fans who follow the band on tour bought every ticket.";
    assertThat(english.strip(news)).isEqualTo(news);
  }

  @Test
  void shouldCutATurkishClosingCreditWithItsCity() {
    assertThat(Boilerplate.of("tr").strip("Feribot seferleri yeniden başladı. - KARAKENT Kaynak: Ajans Kuzey"))
        .isEqualTo("Feribot seferleri yeniden başladı.");
    String news = "Kaynak sular ısındı.";
    assertThat(Boilerplate.of("tr").strip(news)).isEqualTo(news);
  }

  @Test
  void shouldDropWebPageFurnitureThatWouldStandInForTheLead() {
    assertThat(english.strip("Please enable Javascript to watch this video")).isEmpty();
    assertThat(english.strip("You need the latest version of the Adobe Flash Player to view this video. Download Now."))
        .isEmpty();
    assertThat(english.strip("Follow NORTHWIRE9.COM: Facebook | Twitter")).isEmpty();
    assertThat(english.strip("Photo: Northwire 9")).isEmpty();
    assertThat(english.strip("Buy Photo The harbour master speaks to reporters. (Photo: Ann Example)Buy Photo")).isEmpty();
    assertThat(english.strip("Hide Transcript Show Transcript")).isEmpty();
    assertThat(english.strip("Copy Link Copy")).isEmpty();
    String news = "The photo club showed its prints; a video of the ferry followed.";
    assertThat(english.strip(news)).isEqualTo(news);
  }

  @Test
  void shouldCutAVideoPlaylistsLinesAndKeepTimedNews() {
    assertThat(english.strip("1:24 Crews clear the Lakeport pier after the storm Pause")).isEmpty();
    assertThat(english.strip("0:47 Harbour master: 'We have never seen a tide like it'")).isEmpty();
    assertThat(english.strip("12:05 What's next for the ferry? Council votes tonight")).isEmpty();
    String liveBlog = "2:15 Police have closed the road to the pier.";
    assertThat(english.strip(liveBlog)).as("a live blog's timed sentence is news").isEqualTo(liveBlog);
    String clock = "2:15 p.m. Crews reach the pier";
    assertThat(english.strip(clock)).as("a clock time is no running time").isEqualTo(clock);
    String playlist = "1:24 Crews clear the Lakeport pier after the storm Pause";
    assertThat(Boilerplate.of("fr").strip(playlist)).as("English furniture only").isEqualTo(playlist);
  }

  @Test
  void shouldCutAPhotographersCreditWithItsAgencyAndKeepTheNews() {
    assertThat(english.strip("Firefighters at the pier. Photo: Ann Example/AP Crews worked all night."))
        .isEqualTo("Firefighters at the pier. Crews worked all night.");
    assertThat(Boilerplate.of("de").strip("Feuerwehr am Hafen von Lakeport (Foto: Bo Sample/dpa-tmn)"))
        .isEqualTo("Feuerwehr am Hafen von Lakeport (Foto: )");
    assertThat(english.strip("A Northwire/Ipsos poll put the mayor ahead."))
        .as("a slash without an agency is no credit").isEqualTo("A Northwire/Ipsos poll put the mayor ahead.");
  }

  @Test
  void shouldCutASitesShareButtonsAndStandingLinesInsideCrawledCopy() {
    Boilerplate spanish = Boilerplate.of("es");
    assertThat(spanish.strip("El ferry vuelve a Isla Norte. Portal Norte Actualizado: 03/02/2026 10:15h Guardar "
        + "Enviar noticia por correo electrónico Tu nombre * Tu correo electrónico * Las obras terminaron.")
        .replaceAll("\\s+", " ")).isEqualTo("El ferry vuelve a Isla Norte. Las obras terminaron.");
    assertThat(spanish.strip("Noticias relacionadas El puerto abre de noche. El ferry vuelve es un contenido "
        + "original de Portal Norte")).isEqualTo("El puerto abre de noche. El ferry vuelve");
    Boilerplate german = Boilerplate.of("de");
    assertThat(german.strip("Jetzt teilen: Jetzt teilen: Die Fähre fährt wieder. *Hafenblatt.de ist Teil des "
        + "bundesweiten Musterverlag-Netzwerks. Die Brücke bleibt zu.").replaceAll("\\s+", " "))
        .isEqualTo("Die Fähre fährt wieder. Die Brücke bleibt zu.");
    assertThat(german.strip("Die Fähre fährt wieder. ARTIKEL AUF EINER SEITE LESEN > Vorherige Seite Nächste Seite"))
        .isEqualTo("Die Fähre fährt wieder.");
    assertThat(english.strip("The ferry runs again. This article was originally published on the Russian page of "
        + "Northwire on May 3 at 10:15 MSK. To read it in full, click here")).isEqualTo("The ferry runs again.");
    assertThat(english.strip("(This story has not been edited by Northwire staff and is auto-generated from a "
        + "syndicated feed.)")).isEmpty();
    String news = "The band shared the stage with a choir; the song was first published in 1970.";
    assertThat(english.strip(news)).isEqualTo(news);
    String noticia = "El alcalde se negó a enviar la noticia a la prensa local.";
    assertThat(spanish.strip(noticia)).isEqualTo(noticia);
  }

  /**
   * The words a pattern names after a tab only spare work: every paragraph is cut as the patterns alone, applied
   * in turn, cut it. Paragraphs in our own words, each shape of credit the English file names words for, beside
   * news that carries those words without being a credit.
   */
  @Test
  void shouldCutTheSameWithTheWordsAPatternNeedsAsWithoutThem() throws Exception {
    List<Pattern> patterns = new ArrayList<>();
    try (var in = BoilerplateTest.class.getResourceAsStream("/lang/en/stories-boilerplate.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          int tab = line.indexOf('\t');
          patterns.add(Pattern.compile((tab < 0 ? line : line.substring(0, tab)).strip()));
        }
      }
    }
    List<String> paragraphs = List.of(
        "Reporting by Ann Example; Writing by Bo Sample; Editing by Cy Person",
        "The ferry sank near the pier. Staff writer Dee Roe contributed to this report.",
        "Ann Example, The Lakeport Ledger's staff writer, and Bo Sample contributed.",
        "Ann Example can be reached at ann@example.org or on 555-0100.",
        "Anyone with information can be reached by the tip line, police said.",
        "Jane Roe / Staff Photographer",
        "(Ann Example/Lakeport Ledger photographer Bo Sample)",
        "Photo: Jane Roe, Lakeport Ledger Crews worked through the night.",
        "Image: Ray Doe/Northwire",
        "Cy Person/dpa-Zentralbild The harbour froze over.",
        "Channel Nine's Ann Example reports.",
        "Copyright 2026 Northwire. All rights reserved.",
        "(c) 2026 Lakeport Ledger",
        "This story has not been edited by Ledger staff and is auto-generated from a syndicated feed.",
        "The photographer who took the picture said she had written to the council, which edited the plan.",
        "The ferry, which has carried 40/60 of the island's traffic, reports a loss; it has more routes.",
        "Nothing here is a credit: the council met on Tuesday and voted on the harbour budget.");
    for (String p : paragraphs) {
      String reference = p;
      for (Pattern pattern : patterns) {
        reference = pattern.matcher(reference).replaceAll("");
        if (reference.isBlank()) {
          reference = "";
          break;
        }
      }
      assertThat(english.strip(p)).as(p).isEqualTo(reference.strip());
    }
  }
}
