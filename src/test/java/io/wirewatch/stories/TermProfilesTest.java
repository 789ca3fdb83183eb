package io.wirewatch.stories;

import static io.wirewatch.stories.StoryItems.item;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TermProfilesTest {
  private final TermProfiles profiles = new TermProfiles(TermProfiles.Weights.standard());

  @Test
  void shouldStemEachLanguageByItsOwnRules() {
    Map<String, Float> es = profiles.of(item("u1", "es", "Las inundaciones cortan carreteras",
        "Las lluvias inundaron las carreteras del norte."));
    Map<String, Float> en = profiles.of(item("u2", "en", "Floods cut roads", "Rains flooded the northern roads."));

    assertThat(es).containsKey("w:carreter").doesNotContainKey("w:la").containsKey(TermProfiles.LANGUAGE + "es");
    assertThat(en).containsKey("w:flood").containsKey("w:road").containsKey(TermProfiles.LANGUAGE + "en");
  }

  @Test
  void shouldCarryAnchorsThatReadTheSameAcrossLanguages() {
    Map<String, Float> en = profiles.of(item("u1", "en", "Quake of 6.1 hits Valdoria",
        "A 6.1 earthquake struck Valdoria in 2026, leaving 1,250 people homeless, officials in Marenport said."));
    Map<String, Float> de = profiles.of(item("u2", "de", "Beben der Stärke 6,1 in Valdoria",
        "Ein Erdbeben der Stärke 6,1 hat 2026 in Valdoria 1.250 Menschen obdachlos gemacht, so Marenport."));

    for (String anchor : new String[] {"d:6.1", "d:1250", "y:2026", "e:quake", "n:valdoria", "n:marenport"}) {
      assertThat(en).as(anchor).containsKey(anchor);
      assertThat(de).as(anchor).containsKey(anchor);
    }
    assertThat(en).containsKey(TermProfiles.LEAD + "d:6.1");
  }

  @Test
  void shouldReadNamesAlikeWhateverTheirScriptOrDiacritics() {
    assertThat(TermProfiles.fold("Халвард Брекке")).isEqualTo("halvard brekke");
    assertThat(TermProfiles.fold("Kılıçdaroğlu")).isEqualTo("kilicdaroglu");
    assertThat(TermProfiles.fold("Łódź")).isEqualTo("lodz");
    assertThat(TermProfiles.fold("Jane Roe")).isEqualTo("jane roe");
  }

  @Test
  void shouldTakeNamesOfATitleCaseHeadlineOnlyWhenTheBodyNamesThem() {
    Map<String, Float> terms = profiles.of(item("u1", "en", "Harbour Board Rushes Emergency Repair To Lakeport Pier",
        "The harbour board of Lakeport began repairs on Tuesday after a storm, said Jane Roe, its chair."));

    assertThat(terms).containsKey("n:lakeport").containsKey("n:jane roe")
        .doesNotContainKey("n:harbour board rushes emergency repair").doesNotContainKey("n:rushes");
    assertThat(terms).containsKey(TermProfiles.LEAD + "n:lakeport")
        .doesNotContainKey(TermProfiles.LEAD + "n:harbour board rushes emergency repair");
  }

  @Test
  void shouldNotCountTheDatelineCreditOrSignOffAsContent() {
    Map<String, Float> terms = profiles.of(item("u1", "en", "Council approves budget",
        "HARBOURVILLE (Northwire) - The city council approved the budget.",
        "Reporting by Ann Example; Editing by Bo Sample"));

    assertThat(terms).doesNotContainKey("w:northwir").doesNotContainKey("n:northwire")
        .doesNotContainKey("w:edit").doesNotContainKey("n:ann example");
    assertThat(terms).containsKey("p:harbourville").containsKey("w:budget");
  }

  @Test
  void shouldFoldAccentsInNames() {
    Map<String, Float> a = profiles.of(item("u1", "fr", "Visite de José Núñez", "José Núñez est arrivé mardi."));
    Map<String, Float> b = profiles.of(item("u2", "en", "Jose Nunez visits", "Jose Nunez arrived on Tuesday."));

    assertThat(a).containsKey("n:jose nunez");
    assertThat(b).containsKey("n:jose nunez");
  }
  @Test
  void shouldCarryTheStreetAddressAndWhetherTheItemIsDated() {
    Map<String, Float> t = profiles.of(item("u1", "en", "Two wounded in Lakeport shooting",
        "Two men were wounded in the 1300 block of Elm Avenue on Friday night, Lakeport police said."));

    assertThat(t).containsKey("a:1300 elm").containsKey(TermProfiles.DATED + "2026");
    assertThat(t.get(TermProfiles.DATED + "2026")).isZero();
  }

  @Test
  void shouldCountATurkishNameInTheLocativeAsAPlaceNotAParticipant() {
    Map<String, Float> terms = profiles.of(item("u1", "tr", "Yalıkent'te fabrika yangını",
        "Yalıkent'te bir fabrikada yangın çıktı. Vali Ayşe Demirtaş yangının söndürüldüğünü söyledi."));

    assertThat(terms).containsKey("p:yalikent").doesNotContainKey("n:yalikent'te").doesNotContainKey("n:yalikent")
        .containsKey("n:demirtas");
    assertThat(terms).doesNotContainKey(TermProfiles.LEAD + "n:yalikent'te");
  }

  @Test
  void shouldReadTheLeadBeyondAVideoPromptOpeningTheCopy() {
    Map<String, Float> terms = profiles.of(item("u1", "en", "Ferry strikes pier in Lakeport",
        "Please enable Javascript to watch this video",
        "A ferry struck the Lakeport pier on Sunday, said Jane Roe, the harbour master."));

    assertThat(terms).containsKey(TermProfiles.LEAD + "n:jane roe").doesNotContainKey(TermProfiles.LEAD + "n:javascript");
  }

  @Test
  void shouldCarryTheDaysADatedReportNamesAtNoWeight() {
    TermProfiles profiles = new TermProfiles(TermProfiles.Weights.standard());
    String[] body = {"Rob Sample was charged on Friday in the Feb. 27 stabbing of Ann Example in Harbourville."};

    Map<String, Float> dated = profiles.of(item("u1", "en", "Man charged in Harbourville stabbing", body));
    Map<String, Float> undated = profiles.of(StoryItems.undated("u2", "en", "Man charged in Harbourville stabbing",
        body));

    assertThat(dated).containsEntry(TermProfiles.NAMED_DAY + "2026-02-27", 0f);
    assertThat(undated.keySet()).as("an undated report has no day to read a month and day against")
        .noneMatch(t -> t.startsWith(TermProfiles.NAMED_DAY));
  }
}
