package io.wirewatch.stories;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventCuesTest {
  @Test
  void shouldNameTheSameKindOfEventInEveryLanguage() {
    assertThat(EventCues.of("en").in("A strong earthquake shook the valley")).containsExactly("quake");
    assertThat(EventCues.of("fr").in("Un séisme a secoué la vallée")).containsExactly("quake");
    assertThat(EventCues.of("de").in("Ein Erdbeben erschütterte das Tal")).containsExactly("quake");
    assertThat(EventCues.of("es").in("Un terremoto sacudió el valle")).containsExactly("quake");
  }

  @Test
  void shouldMatchWordBeginningsOnlyAndNothingForALanguageWithoutAList() {
    assertThat(EventCues.of("en").in("The firefighters reached the blaze")).containsExactly("fire");
    assertThat(EventCues.of("en").in("a misfire")).isEmpty();
    assertThat(EventCues.of("xx").in("earthquake")).isEmpty();
  }

  @Test
  void shouldReadTurkishCuesInTurkishCapitalsAndNotInLongerWords() {
    EventCues tr = EventCues.of("tr");
    assertThat(tr.in("Yalıkent'te 5,1 büyüklüğünde deprem")).containsExactly("quake");
    assertThat(tr.in("KORUKÖY'DE BÜYÜK YANGIN")).as("capital I is dotless i in Turkish").containsExactly("fire");
    assertThat(tr.in("İki aracın çarpıştığı kazada üç kişi yaralandı")).containsExactly("crash");
    assertThat(tr.in("Takım maçı kazandı, selam verdi ve çığlık attı")).as("no kaza, sel or çığ in these")
        .isEmpty();
    assertThat(tr.in("Film ilk kez gösterildi")).as("shown is no demonstration").isEmpty();
  }

  @Test
  void shouldReadArabicCuesBehindTheirPrefixesWithTheirLetterFormsWrittenAlike() {
    EventCues ar = EventCues.of("ar");
    assertThat(ar.in("زلزال يضرب قرية يالكنت")).containsExactly("quake");
    assertThat(ar.in("وأدى الزلزال إلى انهيار مبنى")).as("the article and a conjunction").containsExactly("quake");
    assertThat(ar.in("قتيلان بحريق في مصنع")).as("a preposition").containsExactly("fire");
    assertThat(ar.in("اضراب عمال الميناء")).as("alef without its hamza").containsExactly("strike");
    assertThat(ar.in("وقف إطلاق النار في المدينة")).as("the longest cue").containsExactly("ceasefire");
    assertThat(ar.in("زار الوزير المدرسة")).isEmpty();
  }
}
