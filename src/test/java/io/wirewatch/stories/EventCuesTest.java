package io.wirewatch.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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

  private static final List<String> LANGUAGES = List.of("en", "fr", "de", "es", "it", "tr", "ar");

  /**
   * The tree reads as the pattern it replaced ("(?<!\\p{L})(?:prefix)?(?:article)?(cue)", each alternation the
   * longest first, over the folded text), on text built from every language's cues, their fragments, glued words,
   * capitals, other scripts and separators.
   */
  @Property(tries = 600)
  void readsAsThePatternDoes(@ForAll("languages") String lang, @ForAll("pieces") List<String> pieces) {
    String text = String.join("", pieces);
    assertThat(EventCues.of(lang).in(text)).containsExactlyElementsOf(byPattern(lang, text));
  }

  @Provide
  Arbitrary<String> languages() {
    return Arbitraries.of(LANGUAGES);
  }

  @Provide
  Arbitrary<List<String>> pieces() {
    List<String> cues = new ArrayList<>();
    List<String> glued = new ArrayList<>();
    for (String lang : LANGUAGES) {
      StoryVocabulary.lines(lang, "stories-events.tsv").forEach(r -> cues.add(r.split("\t")[0].strip()));
      glued.addAll(StoryVocabulary.ofKind(lang, "stories-names.tsv", "prefix"));
      glued.addAll(StoryVocabulary.ofKind(lang, "stories-names.tsv", "article"));
    }
    Arbitrary<String> cue = Arbitraries.of(cues);
    Arbitrary<String> capitals = cue.map(c -> c.toUpperCase(Locale.ROOT));
    Arbitrary<String> cut = cue.map(c -> c.substring(0, Math.max(1, c.length() / 2)));
    Arbitrary<String> other = Arbitraries.of(" ", "-", "'", "3", "mis", "s", "ÉTÉ", "ß", "İ", "I", "\u0301", "𝒜",
        "أ", "ة", ", ", "\n");
    return Arbitraries.oneOf(cue, cue, capitals, cut, Arbitraries.of(glued), other).list().ofMaxSize(12);
  }

  private static Set<String> byPattern(String lang, String text) {
    Map<String, String> types = new HashMap<>();
    for (String row : StoryVocabulary.lines(lang, "stories-events.tsv")) {
      String[] cols = row.split("\t");
      if (cols.length >= 2) {
        types.put(FoldedText.folded(lang, cols[0].strip()), cols[1].strip());
      }
    }
    String glued = optional(lang, "prefix") + optional(lang, "article");
    Matcher m = Pattern.compile("(?<!\\p{L})" + glued + "(" + alternation(types.keySet()) + ")")
        .matcher(FoldedText.folded(lang, text));
    Set<String> out = new LinkedHashSet<>();
    while (m.find()) {
      out.add(types.get(m.group(1)));
    }
    return out;
  }

  private static String optional(String lang, String kind) {
    Set<String> glued = new HashSet<>();
    StoryVocabulary.ofKind(lang, "stories-names.tsv", kind).forEach(w -> glued.add(FoldedText.folded(lang, w)));
    return glued.isEmpty() ? "" : "(?:" + alternation(glued) + ")?";
  }

  private static String alternation(Set<String> words) {
    return String.join("|", words.stream()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
        .map(Pattern::quote).toList());
  }
}
