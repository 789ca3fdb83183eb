package io.wirewatch.stories;

import static io.wirewatch.stories.StoryItems.item;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.WireItem;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reports of one event in several languages join one story on what reads alike in every language (names,
 * figures, countries, the kind of event); a report of another event of the same kind does not, and every
 * decision says why.
 */
class CrossLanguageStoriesTest {
  private final StoryClusterer clusterer = new StoryClusterer(StoryClusterer.Settings.standard(),
      new DocumentFrequencies(Map.of(), 0), List.of());
  private final Map<String, StoryClusterer.Assignment> assigned = new LinkedHashMap<>();

  private void feed(WireItem... items) {
    assigned.putAll(StoryItems.feed(clusterer, Duration.ofMinutes(10), List.of(items)));
  }

  private static WireItem ferryInEnglish() {
    return item("en", "en", "Ferry capsizes off Varnholm, 37 missing",
        "A ferry operated by Orlen Maritime capsized off the Norwegian island of Varnholm on Tuesday, leaving "
            + "37 people missing, coastguard chief Halvard Brekke said. Rescuers pulled 112 survivors from the sea.");
  }

  @Test
  void shouldJoinReportsOfOneEventInThreeLanguagesAndSayWhy() {
    feed(
        ferryInEnglish(),
        item("de", "de", "Fähre vor Varnholm gekentert: 37 Vermisste",
            "Vor der norwegischen Insel Varnholm ist eine Fähre der Reederei Orlen Maritime gekentert. 37 Menschen "
                + "werden vermisst, wie der Chef der Küstenwache, Halvard Brekke, mitteilte. 112 Überlebende wurden "
                + "gerettet."),
        item("fr", "fr", "Naufrage d'un ferry au large de Varnholm : 37 disparus",
            "Un ferry de la compagnie Orlen Maritime a chaviré au large de l'île norvégienne de Varnholm, faisant 37 "
                + "disparus, selon le chef des garde-côtes Halvard Brekke. 112 rescapés ont été repêchés."));

    assertThat(assigned.get("de").storyId()).isEqualTo("s-en");
    assertThat(assigned.get("fr").storyId()).isEqualTo("s-en");
    assertThat(assigned.get("de").reason()).contains("across languages").contains("brekke");
    assertThat(clusterer.languages("s-en")).containsExactly("de", "en", "fr");
  }

  @Test
  void shouldJoinAReportInCyrillicLettersOnItsNamesReadInLatinLetters() {
    feed(
        ferryInEnglish(),
        item("ru", "ru", "У острова Варнхолм перевернулся паром, 37 пропавших",
            "Паром компании Орлен перевернулся у острова Варнхолм во вторник. Пропали без вести 37 человек, "
                + "сообщил глава береговой охраны Халвард Брекке. Спасатели подняли из воды 112 человек."));

    assertThat(assigned.get("ru").storyId()).isEqualTo("s-en");
    assertThat(assigned.get("ru").reason()).contains("across languages").contains("name varnholm")
        .contains("brekke");
  }

  @Test
  void shouldKeepALookAlikeInAnotherLanguageApartAndSayWhatContradictsIt() {
    feed(
        ferryInEnglish(),
        item("de", "de", "Fähre vor Kessaro gesunken",
            "Vor der griechischen Insel Kessaro ist eine Fähre der Reederei Talos Lines gesunken. Neun Menschen "
                + "werden vermisst, teilte Hafenmeister Nikos Varda mit."));

    assertThat(assigned.get("de").opened()).isTrue();
    assertThat(assigned.get("de").reason()).startsWith("opens a story");
  }
}
