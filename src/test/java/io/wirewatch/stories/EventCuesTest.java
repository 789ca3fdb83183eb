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
}
