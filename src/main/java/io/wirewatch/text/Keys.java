package io.wirewatch.text;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.tartarus.snowball.SnowballStemmer;

/**
 * Token keys of one language: the lowercased form, read through {@code lemmas.tsv} (irregular forms) and
 * then the Snowball stemmer named in {@code layer.tsv} ("english", "french", "german", "spanish",
 * "italian", ... or "none"). Keys are cached per form (bounded), and stemmers are per thread, so the cost
 * after warm-up is a map look-up.
 */
final class Keys {
  private static final int MAX_CACHED = 200_000;

  private final Map<String, String> lemmas;
  private final ThreadLocal<SnowballStemmer> stemmer;
  private final Map<String, String> cache = new ConcurrentHashMap<>();

  Keys(LanguageData lang) {
    this.lemmas = lang.lemmas;
    Supplier<SnowballStemmer> make = factory(lang.stemmer);
    this.stemmer = make == null ? null : ThreadLocal.withInitial(make);
  }

  private static Supplier<SnowballStemmer> factory(String name) {
    if (name == null || name.isBlank() || name.equals("none")) {
      return null;
    }
    String cls = "org.tartarus.snowball.ext." + Character.toUpperCase(name.charAt(0))
        + name.substring(1).toLowerCase(Locale.ROOT) + "Stemmer";
    try {
      var ctor = Class.forName(cls).asSubclass(SnowballStemmer.class).getConstructor();
      return () -> {
        try {
          return ctor.newInstance();
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot make stemmer " + cls, e);
        }
      };
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException("no Snowball stemmer '" + name + "' (layer.tsv)", e);
    }
  }

  /** The key of a lowercased token. */
  String key(String lower) {
    String k = cache.get(lower);
    if (k != null) {
      return k;
    }
    k = compute(lower);
    if (cache.size() >= MAX_CACHED) {
      cache.clear();
    }
    cache.put(lower, k);
    return k;
  }

  private String compute(String lower) {
    String lemma = lemmas.getOrDefault(lower, lower);
    if (stemmer == null || lemma.length() < 3 || !Character.isLetter(lemma.charAt(0))) {
      return lemma;
    }
    SnowballStemmer s = stemmer.get();
    s.setCurrent(lemma);
    s.stem();
    return s.getCurrent();
  }
}
