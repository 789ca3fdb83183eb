package io.wirewatch.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import opennlp.tools.util.normalizer.AggregateCharSequenceNormalizer;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The model read directly ranks languages as OpenNLP's detector does: the same best language and the same
 * probabilities for it and the runner-up (the sums are added in another order, so equal to the last few
 * bits), on copy in several scripts and on text full of what the model's normalisers rewrite; and the text
 * is normalised exactly as OpenNLP's normalisers do, though most of them are skipped where they cannot match.
 */
class NgramLanguageModelTest {
  private static final LanguageDetector DETECTOR = LanguageDetector.get();
  /** The normalisers OpenNLP's default detector applies, in its order. */
  private static final CharSequenceNormalizer OPENNLP = new AggregateCharSequenceNormalizer(
      EmojiCharSequenceNormalizer.getInstance(), UrlCharSequenceNormalizer.getInstance(),
      TwitterCharSequenceNormalizer.getInstance(), NumberCharSequenceNormalizer.getInstance(),
      ShrinkCharSequenceNormalizer.getInstance());

  static Stream<String> texts() {
    return Stream.of(
        "The harbour authority said on Tuesday that two ferries had been held in port by the storm.",
        "Le conseil municipal a voté mardi soir un budget de crise après la fermeture de l'usine.",
        "Die Feuerwehr rückte am Morgen mit drei Löschzügen aus, verletzt wurde niemand.",
        "El ayuntamiento aprobó el martes un plan para reparar los puentes dañados por la riada.",
        "Belediye başkanı İzmir'de düzenlenen toplantıda yeni köprünün açılışını duyurdu.",
        "قال المتحدث باسم الوزارة إن الطريق أعيد فتحه أمام حركة السير صباح اليوم",
        "Губернатор сообщил, что движение по мосту восстановлено к вечеру вторника.",
        "市政府周二表示，暴雨造成的道路损毁已基本修复。",
        "Mail jane.roe@example.org or see https://example.org/a?b=1 #storm @desk RT: 12,500 ferries!!!",
        "hahaha hehehe jajaja :-) ;( xD xo xp  tooooo muuuuch     space 😀😀 and 🚢 ships",
        "İSTANBUL ÇAĞLAYAN ÖĞLE ŞİŞLİ İĞNE ǅ ǈ ß ẞ ΣΑΣ",
        "Le porte-parole de la mairie, Jean-Marc Roe, a dit que la route Nord-Sud rouvrira à l'aube.",
        "ＡＢＣ，全角の文字と、ﻻ presentation forms \ue000 private use",
        "a",
        "");
  }

  @Test
  void theBundledModelIsReadDirectly() {
    assertThat(DETECTOR.readsModelDirectly()).isTrue();
  }

  @ParameterizedTest
  @MethodSource("texts")
  void ranksAsOpenNlpDoes(String text) {
    assertSame(text);
  }

  @ParameterizedTest
  @MethodSource("texts")
  void normalisesAsOpenNlpDoes(String text) {
    assertThat(NgramLanguageModel.normalise(text).toString()).isEqualTo(OPENNLP.normalize(text).toString());
  }

  @Property(tries = 300)
  void ranksMixedTextAsOpenNlpDoes(@ForAll("mixed") String text) {
    assertThat(NgramLanguageModel.normalise(text).toString()).isEqualTo(OPENNLP.normalize(text).toString());
    assertSame(text);
  }

  @Provide
  Arbitrary<String> mixed() {
    Arbitrary<Character> chars = Arbitraries.oneOf(
        Arbitraries.chars().range('a', 'z'), Arbitraries.chars().range('A', 'Z'),
        Arbitraries.chars().range('\u00c0', '\u017f'), Arbitraries.chars().range('\u0400', '\u04ff'),
        Arbitraries.chars().range('\u0600', '\u06ff'), Arbitraries.chars().range('0', '9'),
        Arbitraries.of(' ', ' ', ' ', '@', '#', ':', ';', '-', '(', ')', '.', '/', '\n', '\t', 'h', 'j', 'a',
            'x', 'p', 'r', 't', '\ud83d', '\ude00', '\uff0c', '\ufe8d'));
    return chars.list().ofMaxSize(400).map(list -> {
      StringBuilder b = new StringBuilder();
      list.forEach(b::append);
      return b.toString();
    });
  }

  private static void assertSame(String text) {
    NgramLanguageModel.Ranked direct = DETECTOR.rank(text);
    NgramLanguageModel.Ranked opennlp = DETECTOR.opennlp(text);
    assertThat(direct.confidence()).isCloseTo(opennlp.confidence(), within(1e-12));
    assertThat(direct.nextConfidence()).isCloseTo(opennlp.nextConfidence(), within(1e-12));
    if (Math.abs(opennlp.confidence() - opennlp.nextConfidence()) > 1e-12) {
      assertThat(direct.code()).isEqualTo(opennlp.code());
    }
  }
}
