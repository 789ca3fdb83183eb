package io.wirewatch.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A body (a police force, a ministry, a civil-protection agency) is in every story of its town or portfolio: two
 * reports of different events that share only it and a town stay apart and say why, while two reports of one
 * event that also share a person join.
 */
class InstitutionStoriesTest {
  private static final Instant T0 = Instant.parse("2023-05-09T08:00:00Z");

  private static Map<String, Float> terms(String... features) {
    Map<String, Float> m = new HashMap<>();
    for (String f : features) {
      m.put(f, 1f);
    }
    return m;
  }

  /** The assignment of {@code report} after {@code story} opened story s-1. */
  private static StoryClusterer.Assignment after(Map<String, Float> story, Map<String, Float> report) {
    var settings = new StoryClusterer.Settings(0.4, Duration.ofDays(14), Duration.ofDays(1), Duration.ofDays(3),
        300, 200, 0);
    StoryClusterer c = new StoryClusterer(settings, new DocumentFrequencies(Map.of(), 0), List.of());
    c.observe(story);
    c.join("s-1", c.vector(story), T0);
    c.observe(report);
    return c.assign(c.vector(report), T0.plusSeconds(3600), "s-2");
  }

  /** Each language's town and body as keyed, a person named in both, and another person. */
  private record Case(String lang, String town, String[] body, String person, String other) {
    String[] common() {
      String[] out = new String[body.length + 3];
      out[0] = "l:" + lang;
      out[1] = "n:" + town;
      out[2] = "p:" + town;
      for (int i = 0; i < body.length; i++) {
        out[3 + i] = "n:" + body[i];
      }
      return out;
    }

    Map<String, Float> with(String name, String... words) {
      Map<String, Float> m = terms(common());
      m.putAll(terms(words));
      m.put("n:" + name, 1f);
      for (String w : name.split(" ")) {
        m.put("n:" + w, 1f);
      }
      return m;
    }
  }

  private static final List<Case> CASES = List.of(
      new Case("es", "villaverde", new String[] {"proteccion civil", "proteccion", "civil"}, "marta gil",
          "tomas vera"),
      new Case("de", "westhafen", new String[] {"gesundheitsamt westhafen", "gesundheitsamt", "landratsamt"}, "jana roth",
          "uwe kern"),
      new Case("tr", "karakoy", new String[] {"karakoy emniyet mudurlugu", "emniyet", "mudurlugu"}, "ayse demir",
          "kemal yurt"),
      new Case("en", "lakeport", new String[] {"lakeport police department", "police", "department"}, "ann example",
          "rob sample"));

  @Test
  void shouldKeepApartTwoEventsThatShareOnlyATownAndABodyAndSayWhy() {
    for (Case k : CASES) {
      Map<String, Float> rain = k.with(k.person(), "w:rain", "w:flood");
      Map<String, Float> closure = k.with(k.other(), "w:bar", "w:closur");

      StoryClusterer.Assignment a = after(rain, closure);

      assertThat(a.opened()).as(k.lang() + ": " + a.reason()).isTrue();
      assertThat(a.reason()).as(k.lang()).contains("kept apart from s-1")
          .contains("little shared beyond place, kind of event and institutions (" + k.body()[0]);
    }
  }

  @Test
  void shouldJoinTwoReportsOfOneEventThatShareAPersonBesideTheBody() {
    for (Case k : CASES) {
      Map<String, Float> rain = k.with(k.person(), "w:rain", "w:flood");
      Map<String, Float> later = k.with(k.person(), "w:flood", "w:cellar");

      StoryClusterer.Assignment a = after(rain, later);

      assertThat(a.storyId()).as(k.lang() + ": " + a.reason()).isEqualTo("s-1");
    }
  }

  @Test
  void shouldReadABodyByTheWordsOfItsLanguageOnly() {
    assertThat(Institutions.is("n:sisli ilce emniyet mudurlugu'nden", "tr")).as("a stem and a case ending").isTrue();
    assertThat(Institutions.is("n:bakanligina", "tr")).isTrue();
    assertThat(Institutions.is("n:innenministerium", "de")).as("a compound's ending").isTrue();
    assertThat(Institutions.is("n:ministerio educacion", "es")).isTrue();
    assertThat(Institutions.is("n:prefecture", "fr")).as("accents folded as names are keyed").isTrue();
    assertThat(Institutions.is("n:innenministerium", "en")).as("a rule never fires on another language").isFalse();
    assertThat(Institutions.is("n:marta gil", "es")).isFalse();
    assertThat(Institutions.is("n:kemal yurt", "tr")).isFalse();
    assertThat(Institutions.is("n:police", null)).isFalse();
    assertThat(Institutions.is("n:elm street", "en")).as("a road says where, more narrowly than a town").isFalse();
    assertThat(Institutions.bodyOrVenue("n:elm street", "en")).as("but it is no one's name").isTrue();
  }
}
