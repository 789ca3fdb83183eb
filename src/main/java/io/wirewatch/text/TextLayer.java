package io.wirewatch.text;

import io.wirewatch.text.SentenceSplitter.IntList;
import io.wirewatch.text.Tokenizer.IntPairs;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The language layer: sentences, tokens with lookup keys, number phrases and part-of-speech tags of a text
 * in a given language, driven by the resource files under {@code lang/<lang>/} (see {@link Lexicon}). One
 * instance per process ({@link #get()}); each language's data and models load once, on first use.
 * Thread-safe. Offsets of sentences and tokens are into the text given. A language without resource files is
 * still segmented and tokenised, with neutral defaults (no abbreviations, no number words).
 */
public final class TextLayer {
  /** No sentence is longer than this many characters (a longer run is cut at a token boundary). */
  public static final int MAX_SENTENCE = 1_000;

  private static final TextLayer INSTANCE = new TextLayer();

  private final Map<String, Language> languages = new ConcurrentHashMap<>();

  /** What the layer holds for one language. */
  private record Language(LanguageData data, Keys keys, NumberReader numbers, Tagger tagger) {
    static Language load(String lang) {
      LanguageData d = new LanguageData(lang);
      String model = Lexicon.of(lang).table("layer").get("pos-model");
      return new Language(d, new Keys(d), new NumberReader(d), new Tagger(model));
    }
  }

  private TextLayer() {}

  /** The process-wide layer. */
  public static TextLayer get() {
    return INSTANCE;
  }

  /** True when {@code lang/<lang>/} resources exist for this language. */
  public boolean supports(String lang) {
    return language(lang).data().supported;
  }

  /** The sentences of a text read in the given language (ISO 639-1; null or "und" for none). */
  public List<Sentence> sentences(String text, String lang) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    Language l = language(lang);
    IntPairs spans = new IntPairs();
    Tokenizer.spans(text, 0, text.length(), l.data(), spans);
    IntList ends = new IntList();
    SentenceSplitter.split(text, spans, l.data(), MAX_SENTENCE, ends);
    String lowered = lowered(text);
    List<Sentence> out = new ArrayList<>(ends.size());
    int from = 0;
    for (int e = 0; e < ends.size(); e++) {
      int to = ends.get(e);
      if (to > from) {
        out.add(sentence(text, lowered, spans, from, to, l));
      }
      from = to;
    }
    return out;
  }

  /** One string read as one sentence (a headline, a caption), up to {@link #MAX_SENTENCE} characters. */
  public Sentence sentence(String text, String lang) {
    Language l = language(lang);
    if (text == null || text.isEmpty()) {
      return make("", 0, 0, l, List.of());
    }
    IntPairs spans = new IntPairs();
    Tokenizer.spans(text, 0, text.length(), l.data(), spans);
    int to = 0;
    while (to < spans.size() && spans.end(to) - spans.start(0) <= MAX_SENTENCE) {
      to++;
    }
    if (to == 0) {
      return make("", 0, 0, l, List.of());
    }
    return sentence(text, lowered(text), spans, 0, to, l);
  }

  /** The text lowercased once, when that keeps every offset (it nearly always does); else null. */
  private static String lowered(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return lower.length() == text.length() ? lower : null;
  }

  private static Sentence sentence(String text, String lowered, IntPairs spans, int from, int to, Language l) {
    List<Token> tokens = new ArrayList<>(to - from);
    for (int k = from; k < to; k++) {
      String t = text.substring(spans.start(k), spans.end(k));
      String lower = lowered != null ? lowered.substring(spans.start(k), spans.end(k)) : t.toLowerCase(Locale.ROOT);
      tokens.add(new Token(t, spans.start(k), spans.end(k), lower, l.keys().key(lower)));
    }
    int start = spans.start(from);
    int end = spans.end(to - 1);
    return make(text.substring(start, end), start, end, l, tokens);
  }

  /** A sentence whose number phrases and tags are read, on first use, by its language's readers. */
  private static Sentence make(String text, int start, int end, Language l, List<Token> tokens) {
    return new Sentence(text, start, end, l.data().lang, tokens, l.numbers()::read, l.tagger()::tags);
  }

  private Language language(String lang) {
    String code = lang == null ? null : LanguageId.normalise(lang);
    return languages.computeIfAbsent(code == null ? LanguageId.UNDETERMINED : code, Language::load);
  }
}
