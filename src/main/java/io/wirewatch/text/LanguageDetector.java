package io.wirewatch.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Language of a text by OpenNLP's language-detection model (103 languages, ISO 639-3, Apache OpenNLP models
 * "langdetect-183"), answered with the model's code ({@link LanguageId} maps it to ISO 639-1). The model is loaded
 * once per process on first use and shared, and read directly ({@link NgramLanguageModel}: the same ranking at
 * a third of the cost), else by OpenNLP's detector. Short or ambiguous text answers "und": a headline is not
 * enough evidence, which is why declared metadata comes first in {@link LanguageId}.
 */
final class LanguageDetector {
  static final String UNDETERMINED = "und";
  /** Fewer letters than this are never detected. */
  static final int MIN_LETTERS = 40;
  /** Text beyond this adds little evidence but costs (the model's n-gram features are slow to build). */
  private static final int MAX_CHARS = 700;
  /**
   * A first look reads this much: most copy tells its language this early, and the model's cost grows with
   * the text it reads. Only a text whose first look is unsure is read up to {@link #MAX_CHARS}.
   */
  private static final int FIRST_CHARS = 300;
  /** The best language must be at least this many times as likely as the next one. */
  private static final double MIN_MARGIN = 1.5;
  /** A first look this sure (best language against the next) settles the language without reading on. */
  private static final double SURE_MARGIN = 5.0;
  private static final String MODEL = "langdetect-183.bin";
  /** Macro-language members the model reports for which ISO 639-1 names the macro-language. */
  private static final Map<String, String> MACRO = Map.of("cmn", "zh", "pes", "fa", "arb", "ar",
      "zlm", "ms", "nob", "nb", "nno", "nn", "ekk", "et", "lvs", "lv", "swh", "sw", "uzn", "uz");

  private static volatile LanguageDetector instance;

  private final LanguageDetectorME detector;
  /** The same model read directly, where its layout allows: what every detection uses then. */
  private final NgramLanguageModel direct;

  private LanguageDetector(LanguageDetectorModel model) {
    this.detector = new LanguageDetectorME(model);
    this.direct = NgramLanguageModel.of(model).orElse(null);
  }

  static LanguageDetector get() {
    LanguageDetector d = instance;
    if (d == null) {
      synchronized (LanguageDetector.class) {
        d = instance;
        if (d == null) {
          d = new LanguageDetector(load());
          instance = d;
        }
      }
    }
    return d;
  }

  private static LanguageDetectorModel load() {
    try (InputStream in = LanguageDetector.class.getClassLoader().getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IllegalStateException("language-detection model " + MODEL + " is not on the class path");
      }
      return new LanguageDetectorModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + MODEL, e);
    }
  }

  /**
   * The model's code for the text's language (ISO 639-3, or 639-1 where a macrolanguage is folded), or "und"
   * when the text is too short or the model unsure; {@link LanguageId} maps it to ISO 639-1.
   */
  String detect(String text) {
    if (text == null || letters(text) < MIN_LETTERS) {
      return UNDETERMINED;
    }
    NgramLanguageModel.Ranked ranked = rank(cut(text, FIRST_CHARS));
    if (text.length() > FIRST_CHARS && ranked.confidence() < SURE_MARGIN * ranked.nextConfidence()) {
      ranked = rank(cut(text, MAX_CHARS));
    }
    if (ranked.confidence() < MIN_MARGIN * ranked.nextConfidence()) {
      return UNDETERMINED;
    }
    String iso3 = ranked.code();
    return MACRO.getOrDefault(iso3, iso3);
  }

  /** The model's two likeliest languages, read directly where the model allows, else by OpenNLP's detector. */
  NgramLanguageModel.Ranked rank(String text) {
    if (direct != null) {
      return direct.rank(text);
    }
    return opennlp(text);
  }

  /** Whether the model is read directly ({@link NgramLanguageModel}) rather than by OpenNLP's detector. */
  boolean readsModelDirectly() {
    return direct != null;
  }

  /** The two likeliest languages as OpenNLP's own detector ranks them. */
  NgramLanguageModel.Ranked opennlp(String text) {
    Language[] ranked = detector.predictLanguages(text);
    return new NgramLanguageModel.Ranked(ranked[0].getLang(), ranked[0].getConfidence(),
        ranked.length > 1 ? ranked[1].getConfidence() : 0);
  }

  /** The text's first {@code max} characters at most, not ending inside a word. */
  private static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = max;
    while (end > max / 2 && !Character.isWhitespace(text.charAt(end))) {
      end--;
    }
    return text.substring(0, end > max / 2 ? end : max);
  }

  private static int letters(String text) {
    int n = 0;
    for (int i = 0; i < text.length() && n < MIN_LETTERS; i++) {
      if (Character.isLetter(text.charAt(i))) {
        n++;
      }
    }
    return n;
  }
}
