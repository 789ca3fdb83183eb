package io.wirewatch.stories;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of people in a script without capitals (Arabic), read from the words that announce them, as listed in
 * {@code lang/<lang>/stories-names.tsv}: a name follows a title, an honorific, a rank or a profession
 * ({@code title}), after at most {@value #ADJECTIVES} of the title's adjectives (words with the {@code article}
 * prefix: "the Lebanese president ..."); or it stands between a verb of saying ({@code say}) and a role in
 * apposition ({@code role}: "said Jane Roe, head of ...") or the comma or colon that sets off what was said
 * ("said Roe: ..."), none of its words then with the article; or, after a verb of saying, it is a body that
 * spoke, its first word one that makes a name a body ({@code institution}: "said the ministry of finance"), as
 * a cased script writes such a name in capitals. A name runs for at most {@value #WORDS} words, up to
 * punctuation, a stop word of the language's analyzer or of the file ({@code stop}, {@code say}, {@code role})
 * or a title. A {@code particle} ("son of", "servant of") is written onto the word it binds; {@code prefix}es
 * (conjunctions and prepositions written onto a word) are read through; {@code letter} forms are written
 * alike and combining marks (vowel signs) dropped, so one person reads the same in every report. A language
 * without titles has no such reader ({@link #reads}): it reads names from capitals. Thread-safe.
 */
final class CaselessNames {
  private static final Map<String, CaselessNames> BY_LANG = new ConcurrentHashMap<>();
  /** A word: letters and marks, hyphens inside; what lies between two words decides whether a name runs on. */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+(?:-[\\p{L}\\p{M}]+)*");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  /** What may stand between a name and the role after it: nothing but spaces, or a comma (Latin or Arabic). */
  private static final Pattern APPOSITION = Pattern.compile("\\s*[,\u060c]?\\s*");
  /** What sets a speaker off from what is said: a comma or a colon, and the quote that opens the words. */
  private static final Pattern SET_OFF = Pattern.compile("\\s*[,\u060c:][\\s\"\u00ab\u201c]*");
  /** At most this many of a title's adjectives stand between it and the name. */
  private static final int ADJECTIVES = 2;
  /** A name has at most this many words (a particle and the word it binds are one). */
  private static final int WORDS = 3;

  private final Set<String> titles;
  private final Set<String> says;
  private final Set<String> roles;
  private final Set<String> bodies;
  private final Set<String> stops;
  private final Set<String> particles;
  private final List<String> articles;
  private final List<String> prefixes;
  private final Map<String, String> letters = new LinkedHashMap<>();
  private final Set<?> analyzerStops;

  private CaselessNames(String lang) {
    String file = "stories-names.tsv";
    for (String line : StoryVocabulary.lines(lang, file)) {
      String[] cols = line.split("\t");
      if (cols[0].strip().equals("letter") && cols.length >= 2) {
        letters.put(cols[1].strip(), cols.length > 2 ? cols[2].strip() : "");
      }
    }
    titles = written(StoryVocabulary.ofKind(lang, file, "title"));
    says = written(StoryVocabulary.ofKind(lang, file, "say"));
    roles = written(StoryVocabulary.ofKind(lang, file, "role"));
    bodies = written(StoryVocabulary.ofKind(lang, file, "institution"));
    stops = written(StoryVocabulary.ofKind(lang, file, "stop"));
    stops.addAll(says);
    stops.addAll(roles);
    particles = written(StoryVocabulary.ofKind(lang, file, "particle"));
    articles = List.copyOf(written(StoryVocabulary.ofKind(lang, file, "article")));
    prefixes = List.copyOf(written(StoryVocabulary.ofKind(lang, file, "prefix")));
    analyzerStops = WordStems.stopWords(lang);
  }

  /** The reader of {@code lang}'s caseless names. */
  static CaselessNames of(String lang) {
    return BY_LANG.computeIfAbsent(lang, CaselessNames::new);
  }

  /** Whether the language reads names from titles rather than capitals (its names file lists titles). */
  boolean reads() {
    return !titles.isEmpty();
  }

  /** The names of {@code text}, in order, their letters written alike, words by one space. */
  List<String> in(String text) {
    List<String> names = new ArrayList<>();
    if (text == null || !reads()) {
      return names;
    }
    Words t = words(text);
    for (int i = 0; i < t.size(); i++) {
      String announcing = bare(t.written(i));
      boolean title = titles.contains(announcing);
      if (!title && !says.contains(announcing)) {
        continue;
      }
      int j = i + 1;
      while (title && j < t.size() && j - i <= ADJECTIVES && t.between(j).isBlank() && definite(t.written(j))
          && !stop(t, j)) {
        j++;
      }
      List<String> name = new ArrayList<>();
      j = run(t, j, title && j == i + 1, name);
      // after a verb of saying, a name only where a role or what was said follows it, or a body that speaks
      boolean named = title || !name.isEmpty() && bodies.contains(name.get(0))
          || j < t.size() && roles.contains(bare(t.written(j))) && APPOSITION.matcher(t.between(j)).matches()
          || j < t.size() && SET_OFF.matcher(t.between(j)).matches() && name.stream().noneMatch(this::definite);
      if (!name.isEmpty() && named) {
        names.add(String.join(" ", name));
      }
      i = Math.max(i, j - 1);
    }
    return names;
  }

  /**
   * Reads the name that starts at {@code j} into {@code name} and returns where it ends: at most
   * {@value #WORDS} words, up to punctuation or a stop word; a particle is written onto the word it binds.
   */
  private int run(Words t, int j, boolean afterTitle, List<String> name) {
    for (; j < t.size() && name.size() < WORDS && followsOn(t.between(j), afterTitle && name.isEmpty()); j++) {
      String w = t.written(j);
      if (stop(t, j) || name.isEmpty() && definite(w) || particles.contains(w) && !bound(t, j)) {
        break;
      }
      StringBuilder word = new StringBuilder(w);
      while (particles.contains(t.written(j)) && bound(t, j)) {
        word.append(t.written(++j)); // "son of servant of ..." is one word
      }
      name.add(word.toString());
    }
    return j;
  }

  /** Whether the particle at {@code j} has a word to bind: right after it and no stop word. */
  private boolean bound(Words t, int j) {
    return j + 1 < t.size() && t.between(j + 1).isBlank() && !stop(t, j + 1);
  }

  /**
   * Whether a word follows on from the one before, given what stands between them: only spaces, or, right
   * after the title, a period (an abbreviated title: "Dr.").
   */
  private static boolean followsOn(String between, boolean afterTitle) {
    return between.isBlank() || afterTitle && between.strip().equals(".");
  }

  /**
   * Whether the word at {@code i} ends a name: a stop word of the file or of the analyzer, or a title, as
   * written or with its letters written alike, also behind a prefix.
   */
  private boolean stop(Words t, int i) {
    for (String w : List.of(t.raw().get(i), t.written(i))) {
      if (stops.contains(w) || analyzerStops.contains(w) || titles.contains(w) || !bare(w).equals(w)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word carries the article (and more than it). */
  private boolean definite(String w) {
    return articles.stream().anyMatch(a -> w.startsWith(a) && w.length() > a.length() + 1);
  }

  /** The word without a prefix written onto it, when what is left is a title or a stop word; else the word. */
  private String bare(String w) {
    for (String p : prefixes) {
      if (w.startsWith(p) && w.length() > p.length() + 1) {
        String rest = w.substring(p.length());
        if (titles.contains(rest) || stops.contains(rest) || analyzerStops.contains(rest)) {
          return rest;
        }
      }
    }
    return w;
  }

  /** A text's words as written and with their letters written alike, and what stands before each. */
  private record Words(List<String> raw, List<String> alike, List<String> before) {
    int size() {
      return raw.size();
    }

    String written(int i) {
      return alike.get(i);
    }

    String between(int i) {
      return before.get(i);
    }
  }

  private Words words(String text) {
    Words t = new Words(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    Matcher m = WORD.matcher(text);
    int end = 0;
    while (m.find()) {
      t.before().add(text.substring(end, m.start()));
      t.raw().add(m.group());
      t.alike().add(written(m.group()));
      end = m.end();
    }
    return t;
  }

  /** A word as the names of this language are written: without marks, each listed letter form as its plain one. */
  String alike(String word) {
    return written(word);
  }

  /** A word without marks and with each listed letter form written as its plain one. */
  private String written(String word) {
    String s = MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFC)).replaceAll("");
    for (Map.Entry<String, String> e : letters.entrySet()) {
      s = s.replace(e.getKey(), e.getValue());
    }
    return s;
  }

  private Set<String> written(List<String> words) {
    Set<String> out = new HashSet<>();
    words.forEach(w -> out.add(written(w)));
    return out;
  }
}
