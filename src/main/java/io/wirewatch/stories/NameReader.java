package io.wirewatch.stories;

import io.wirewatch.text.LatinSpelling;
import io.wirewatch.text.Names;
import io.wirewatch.text.Sentence;
import io.wirewatch.text.TextLayer;
import io.wirewatch.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Names of people, organisations and places in a text, as written. Most languages capitalise names only,
 * so a run of capitalised words is a name ({@link Names}). A language that capitalises every noun (German)
 * names in {@code lang/<lang>/stories-names.tsv} the part-of-speech tags that mark a name ({@code tag PROPN});
 * then only runs of tokens so tagged are names, so "Erdbeben" is not a participant but "Merkel" is. The same
 * file lists capitalised words that say when, not who ({@code skip Montag}, {@code skip new year}): weekdays,
 * months and holidays are in every story of their day; and a web page's furniture ({@code furniture photo}), cut
 * from the ends of a name: a caption's credit is not a participant. A script without capitals (Arabic) reads
 * names from the titles that announce them too ({@link CaselessNames}). Thread-safe.
 */
final class NameReader {
  private static final Map<String, Rules> RULES = new ConcurrentHashMap<>();

  /**
   * The tags that mark a name (none: read capitalised runs), the names that say when, not who, the case
   * endings after a name's apostrophe that say where (Turkish "Kars'ta": in Kars), in plain Latin letters, the
   * words after which a name is a place, the words of a page's furniture cut from the ends of a name, and the
   * capitalised words that are never part of a name (the language's and every language's: agencies, GMT),
   * whether its personal names carry a middle initial read away, and the generational suffixes cut from a name.
   */
  private record Rules(Set<String> tags, Set<String> skip, Set<String> placeEndings, Set<String> placeBefore,
      Set<String> furniture, Set<String> breaks, List<String[]> placeNouns, List<String> placeAfter, Set<String> and,
      Locale locale, int headingWords, boolean middleInitials, Set<String> suffixes, boolean periodDatelines) {}

  /** A run of words written wholly in capitals, separated by spaces only: "SERBEST KALDILAR". */
  private static final java.util.regex.Pattern CAPITALS_RUN = java.util.regex.Pattern.compile(
      "(?<![\\p{L}\\p{M}\\p{N}(])\\p{Lu}[\\p{Lu}\\p{M}\\p{N}'\u2019-]*"
      + "(?:[ \\t]+\\p{Lu}[\\p{Lu}\\p{M}\\p{N}'\u2019-]*)+(?![\\p{L}\\p{M}\\p{N}])");

  /** The names of a text and, apart, the names a case ending marks as places (without the ending). */
  record Read(List<String> names, List<String> places) {}

  private NameReader() {}

  /** The names in {@code text} read in {@code lang}, lower-cased, multi-word names as one string. */
  static List<String> in(String text, String lang) {
    return in(text, lang, text);
  }

  /**
   * The names in {@code text}, where {@code context} is the whole item's text: in a language whose names
   * are read from capitals, a lone capitalised word the item also writes in lower case ("Suspect arrested
   * ..." beside "the suspect fled") is a word that starts a sentence, not a name.
   */
  static List<String> in(String text, String lang, String context) {
    return in(text, lang, lowerCaseContext(context, lang));
  }

  /**
   * As above, with {@code lowerCase} the item's words written in lower case ({@link #lowerCaseContext}),
   * worked out once for every part of an item that is read.
   */
  static List<String> in(String text, String lang, Set<String> lowerCase) {
    return read(text, lang, lowerCase).names();
  }

  /**
   * As {@link #in(String, String, Set)}, but a name whose case ending after its apostrophe says where, in a
   * language whose {@code stories-names.tsv} lists such endings ({@code place ta}: Turkish "Kars'ta", in
   * Kars), is a place, returned apart without its ending: where an event happened is not who took part.
   */
  static Read read(String text, String lang, Set<String> lowerCase) {
    Rules rules = RULES.computeIfAbsent(lang, NameReader::load);
    text = withoutCapitalRuns(text, rules);
    text = withoutMiddleInitials(text, lang, rules);
    CaselessNames caseless = CaselessNames.of(lang);
    List<String> names = rules.tags().isEmpty() || text == null || text.isBlank()
        ? Names.in(text, rules.breaks()) : tagged(text, lang, rules.tags());
    if (caseless.reads()) {
      names.addAll(caseless.in(text)); // beside what the copy writes in a cased script ("Jane Roe", "FIFA")
    }
    if (!lowerCase.isEmpty()) {
      names.removeIf(n -> n.indexOf(' ') < 0 && lowerCase.contains(n));
    }
    if (!rules.skip().isEmpty()) {
      names.removeIf(n -> rules.skip().stream().anyMatch(k -> (" " + n + " ").contains(" " + k + " ")));
    }
    if (!rules.furniture().isEmpty()) {
      names = withoutFurniture(names, rules.furniture());
    }
    if (!rules.suffixes().isEmpty()) {
      names = withoutSuffixes(names, rules.suffixes());
    }
    // the text's words, split and lower-cased once for the three readings of places that need them
    boolean placeRules = !rules.placeBefore().isEmpty() || !rules.placeNouns().isEmpty()
        || !rules.placeAfter().isEmpty();
    String[] tokens = placeRules && text != null && !names.isEmpty() ? text.split("\\s+") : new String[0];
    String[] lower = new String[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      lower[i] = tokens[i].toLowerCase(Locale.ROOT);
    }
    List<String> places = new ArrayList<>(afterPlaceWords(tokens, lower, names, rules.placeBefore()));
    for (String p : afterPlaceNouns(tokens, lower, names, rules)) {
      if (!places.contains(p)) {
        places.add(p);
      }
    }
    for (String p : beforePlaceNouns(tokens, names, rules)) {
      if (!places.contains(p)) {
        places.add(p);
      }
    }
    for (String p : rules.periodDatelines() ? periodDatelines(text, names) : List.<String>of()) {
      if (!places.contains(p)) {
        places.add(p);
      }
    }
    if (rules.placeEndings().isEmpty()) {
      return new Read(names, places);
    }
    List<String> kept = new ArrayList<>();
    for (String n : names) {
      int apostrophe = Math.max(n.lastIndexOf('\''), n.lastIndexOf('\u2019'));
      String ending = apostrophe < 0 ? "" : LatinSpelling.of(n.substring(apostrophe + 1));
      if (apostrophe > 0 && n.indexOf(' ', apostrophe) < 0 && rules.placeEndings().contains(ending)) {
        places.add(n.substring(0, apostrophe));
      } else {
        kept.add(n);
      }
    }
    return new Read(kept, places);
  }

  /**
   * Whether a headline is written in title case ("Microsoft Rushes Emergency Fix To Address Attacks"), so
   * that its capitals do not mark names: its longer words are capitalised (one in six may not be: some
   * styles keep "with" or "from" small), in a language whose names are read from capitals. "Latest on Costa
   * Concordia disaster" is not. The names of such a headline are read from the body instead.
   */
  static boolean titleCase(String headline, String lang) {
    if (headline == null || !RULES.computeIfAbsent(lang, NameReader::load).tags().isEmpty()) {
      return false;
    }
    int words = 0;
    int capitals = 0;
    for (String w : headline.split("[^\\p{L}]+")) {
      if (w.length() > 3) {
        words++;
        capitals += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
      }
    }
    return words >= TITLE_WORDS && words - capitals <= words / TITLE_SMALL;
  }

  /**
   * The words an item's whole text writes in lower case, in a language whose names are read from capitals;
   * empty where a tagger reads names (or there is no text), as capitals decide nothing there.
   */
  static Set<String> lowerCaseContext(String text, String lang) {
    if (text == null || !RULES.computeIfAbsent(lang, NameReader::load).tags().isEmpty()) {
      return Set.of();
    }
    Set<String> out = new java.util.HashSet<>();
    for (String w : text.split("[^\\p{L}]+")) {
      if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * The text with each run of at least {@code capital-run} words written wholly in capitals in lower case, in a
   * language whose {@code stories-names.tsv} sets it: there such a run is a section's heading ("SERBEST
   * KALDILAR"), a byline or a photographer's credit ("JANE ROE"), a paper's or a station's name ("EL
   * HERALDO"): who wrote, which site, or no one, whose capitals mark no participant. A name in capitals
   * standing alone ("CHP", "FIFA", a dateline's "LAKEPORT") is read as before.
   */
  private static String withoutCapitalRuns(String text, Rules rules) {
    if (rules.headingWords() < 2 || text == null || !rules.tags().isEmpty()) {
      return text;
    }
    java.util.regex.Matcher m = CAPITALS_RUN.matcher(text);
    StringBuilder out = null;
    int last = 0;
    while (m.find()) {
      if (m.group().split("[ \\t]+").length < rules.headingWords()) {
        continue;
      }
      out = out == null ? new StringBuilder(text.length()) : out;
      out.append(text, last, m.start()).append(m.group().toLowerCase(rules.locale()));
      last = m.end();
    }
    return out == null ? text : out.append(text, last, text.length()).toString();
  }

  /**
   * A capitalised word, a single capital with or without its period, and a capitalised word: "Ray T. Doe",
   * "Ray T Doe". Group 1 the first word, 2 the initial, 3 its period, 4 the word after.
   */
  static final java.util.regex.Pattern MIDDLE_INITIAL = java.util.regex.Pattern.compile(
      "(?<![\\p{L}\\p{M}\\p{N}.'\u2019-])(\\p{Lu}[\\p{Ll}\\p{M}'\u2019-]*\\p{Ll})[ \\t]+(\\p{Lu})(\\.?)[ \\t]+"
      + "(?=(\\p{Lu}\\p{Ll}[\\p{L}\\p{M}'\u2019-]*))");

  /**
   * The text without the middle initials of personal names, in a language whose {@code stories-names.tsv}
   * says its names carry them ({@code middle initial}): "Ray T. Doe" and "Ray T Doe" read "Ray Doe", as a
   * follow-up writes the same person, so one person has one key, and the initial's period no longer ends
   * the name. Only between two capitalised words of two letters or more, neither a word that is never part
   * of a name ({@code break}: "The", a month) nor one of a body or a venue ("Building C. Police", "Wing
   * B. Street"); a capital without a period that is a word of its own ("A", "I": a {@code break}) is left;
   * "J.K. Rowling", "U.S. Army" and "St. Louis" are no single capital. A language without the line is read
   * as before.
   */
  private static String withoutMiddleInitials(String text, String lang, Rules rules) {
    if (!rules.middleInitials() || text == null || !rules.tags().isEmpty() || !hasLoneCapital(text)) {
      return text;
    }
    java.util.regex.Matcher m = MIDDLE_INITIAL.matcher(text);
    StringBuilder out = null;
    int last = 0;
    while (m.find()) {
      String first = m.group(1).toLowerCase(Locale.ROOT);
      String after = m.group(4).toLowerCase(Locale.ROOT);
      String initial = m.group(2).toLowerCase(Locale.ROOT);
      if (rules.breaks().contains(first) || rules.breaks().contains(after)
          || (m.group(3).isEmpty() && rules.breaks().contains(initial))
          || Institutions.bodyOrVenue(LatinSpelling.of(first), lang)
          || Institutions.bodyOrVenue(LatinSpelling.of(after), lang)) {
        continue;
      }
      out = out == null ? new StringBuilder(text.length()) : out;
      out.append(text, last, m.end(1)).append(' ');
      last = m.end();
    }
    return out == null ? text : out.append(text, last, text.length()).toString();
  }

  /**
   * Whether the text has a capital standing alone between blanks, with or without its period (" J. ", " J "):
   * what every middle initial is; most paragraphs have none, and the scan for a name around one costs more.
   */
  static boolean hasLoneCapital(String text) {
    for (int i = 0; i + 2 < text.length(); i++) {
      if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
        continue;
      }
      int cp = text.codePointAt(i + 1);
      int after = i + 1 + Character.charCount(cp);
      if (Character.isUpperCase(cp) && after < text.length()) {
        after += text.charAt(after) == '.' ? 1 : 0;
        if (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
          return true;
        }
      }
    }
    return false;
  }

  /** A headline of at least this many longer words, all but one in this many capitalised, is in title case. */
  private static final int TITLE_WORDS = 4;
  private static final int TITLE_SMALL = 6;

  /**
   * The names that the text writes right after a word that says where ({@code before in} in
   * {@code stories-names.tsv}: "shot in Lakeport", "en Querétaro"): the longest of {@code names} that opens
   * the capitalised run after such a word. They stay names too, as another report may name them otherwise;
   * the clustering reads a shared one as the same place, not the same participant.
   */
  private static List<String> afterPlaceWords(String[] tokens, String[] lower, List<String> names,
      Set<String> before) {
    if (before.isEmpty() || names.isEmpty()) {
      return List.of();
    }
    List<String> places = new ArrayList<>();
    for (int i = 0; i + 1 < tokens.length; i++) {
      if (!before.contains(lower[i])) {
        continue;
      }
      String best = longestName(run(tokens, i + 1, new int[1], new boolean[1]), names);
      if (best != null && !places.contains(best)) {
        places.add(best);
      }
    }
    return places;
  }

  /**
   * A place line that opens a report without an agency's credit ("Oslo. Die Polizei ..."), a sentence of one
   * name and a period at the start of a paragraph or after another sentence, then the report's first sentence.
   */
  private static final java.util.regex.Pattern PERIOD_DATELINE = java.util.regex.Pattern.compile(
      "(?:^|(?<=\\n)|(?<=[.!?\"\u201c\u201d]\\s))[ \\t]*(\\p{Lu}[\\p{L}\\p{M}'\u2019-]{2,}(?:[ -]\\p{Lu}[\\p{L}\\p{M}'\u2019-]+){0,2})"
      + "\\.[ \\t]+(?=\\p{Lu})");

  /**
   * The names that stand as a place line before a report ({@link #PERIOD_DATELINE}), in a language whose
   * newspapers write the place a report comes from so ({@code dateline period} in {@code stories-names.tsv}:
   * German "Ortsmarke"). Where a report was written is not who took part in it.
   */
  private static List<String> periodDatelines(String text, List<String> names) {
    if (text == null || names.isEmpty()) {
      return List.of();
    }
    List<String> places = new ArrayList<>();
    java.util.regex.Matcher m = PERIOD_DATELINE.matcher(text);
    while (m.find()) {
      String name = m.group(1).toLowerCase(Locale.ROOT);
      if (names.contains(name) && !places.contains(name)) {
        places.add(name);
      }
    }
    return places;
  }

  /** At most this many places are read from one list after a noun of a kind of place. */
  private static final int LIST_MEMBERS = 8;

  /**
   * The names that a noun of a kind of place with its linking word introduces ({@code of-place} in
   * {@code stories-names.tsv}: Spanish "el municipio de Lakeport", Italian "il comune di Lakeport"), and the
   * other names of the list it opens when the list is closed by a joining word ({@code and}: "las localidades
   * de Lakeport, Cedar Hill y Elmwood" are three places; "el municipio de Lakeport, Jane Roe dijo" one).
   */
  private static List<String> afterPlaceNouns(String[] tokens, String[] lower, List<String> names, Rules rules) {
    if (rules.placeNouns().isEmpty() || names.isEmpty()) {
      return List.of();
    }
    List<String> places = new ArrayList<>();
    for (int i = 0; i < tokens.length; i++) {
      int cue = 0;
      for (String[] noun : rules.placeNouns()) {
        if (i + noun.length < tokens.length && noun.length > cue && matches(lower, i, noun)) {
          cue = noun.length;
        }
      }
      if (cue == 0) {
        continue;
      }
      List<String> members = new ArrayList<>();
      boolean closed = false;
      int j = i + cue;
      while (members.size() < LIST_MEMBERS && j < tokens.length) {
        int[] end = new int[1];
        boolean[] comma = new boolean[1];
        String best = longestName(run(tokens, j, end, comma), names);
        if (best == null) {
          break;
        }
        boolean last = !members.isEmpty() && rules.and().contains(lower[j - 1]);
        members.add(best);
        if (last) {
          closed = true;
          break;
        }
        j = end[0];
        if (!comma[0] && !(j < tokens.length && rules.and().contains(lower[j]))) {
          break;
        }
        j += comma[0] ? 0 : 1;
      }
      for (String m : closed ? members : members.subList(0, Math.min(1, members.size()))) {
        if (!places.contains(m)) {
          places.add(m);
        }
      }
    }
    return places;
  }

  /**
   * The names that a noun of a kind of place right after them marks as places ({@code after-place} in
   * {@code stories-names.tsv}, a stem with {@code -}: Turkish "Koruköy ilçesinde", in the district of Koruköy),
   * with the noun where the name holds it ("Koruköy İlçesi"), and, in a language that writes a name's case
   * ending after an apostrophe, the word a place's word bears that ending on ("Yalıkent'in Koruköy ilçesi":
   * the district's province).
   */
  private static List<String> beforePlaceNouns(String[] tokens, List<String> names, Rules rules) {
    if (rules.placeAfter().isEmpty() || names.isEmpty()) {
      return List.of();
    }
    Set<String> known = Set.copyOf(names);
    List<String> places = new ArrayList<>();
    for (int k = 1; k < tokens.length; k++) {
      String t = letters(tokens[k]);
      String lowered = t.toLowerCase(rules.locale()); // Turkish "İlçesi" is "ilçesi"
      if (t.isEmpty() || rules.placeAfter().stream().noneMatch(lowered::startsWith)) {
        continue;
      }
      String best = null;
      String without = null;
      String noun = t.toLowerCase(Locale.ROOT);
      boolean capitalNoun = Character.isUpperCase(t.charAt(0));
      StringBuilder run = new StringBuilder();
      for (int s = k - 1; s >= 0 && s >= k - 4; s--) {
        String raw = tokens[s];
        String w = letters(raw);
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || !raw.endsWith(w)) {
          break;
        }
        run.insert(0, w.toLowerCase(Locale.ROOT) + (run.isEmpty() ? "" : " "));
        if (capitalNoun && known.contains(run + " " + noun)) {
          best = run + " " + noun;
          without = run.toString();
        } else if (known.contains(run.toString())) {
          best = run.toString();
          without = null;
        }
        if (!raw.startsWith(w)) {
          break;
        }
      }
      for (String p : java.util.Arrays.asList(best, without)) {
        if (p != null && !places.contains(p)) {
          places.add(p);
        }
      }
      if (best != null && !rules.placeEndings().isEmpty()) {
        for (String w : best.split(" ")) {
          int apostrophe = Math.max(w.indexOf('\''), w.indexOf('\u2019'));
          if (apostrophe > 0 && !places.contains(w.substring(0, apostrophe))) {
            places.add(w.substring(0, apostrophe));
          }
        }
      }
    }
    return places;
  }

  private static boolean matches(String[] lower, int i, String[] words) {
    for (int k = 0; k < words.length; k++) {
      if (!lower[i + k].equals(words[k])) {
        return false;
      }
    }
    return true;
  }

  /**
   * The capitalised run of at most four tokens from {@code j}, lower-cased (empty if none), ending at a token
   * with punctuation after it; {@code end} gets the index after it, {@code comma} whether a comma closed it.
   */
  private static String run(String[] tokens, int j, int[] end, boolean[] comma) {
    StringBuilder run = new StringBuilder();
    int k = j;
    for (; k < tokens.length && k < j + 4; k++) {
      String raw = tokens[k];
      String t = letters(raw);
      if (t.isEmpty() || !Character.isUpperCase(t.charAt(0))) {
        break;
      }
      if (t.endsWith("'s") || t.endsWith("\u2019s")) {
        run.setLength(0); // "in Ray Doe's car": whose, not where
        k = j;
        break;
      }
      run.append(run.isEmpty() ? "" : " ").append(t.toLowerCase(Locale.ROOT));
      if (!raw.endsWith(t)) {
        comma[0] = raw.endsWith(",");
        k++;
        break;
      }
    }
    end[0] = k;
    return run.toString();
  }

  /** A token without the marks around its letters ("(Lakeport," is Lakeport). */
  private static String letters(String raw) {
    return raw.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
  }

  /** The longest of {@code names} that opens {@code run}, or null. */
  private static String longestName(String run, List<String> names) {
    if (run.isEmpty()) {
      return null;
    }
    String best = null;
    for (String n : names) {
      if ((run.equals(n) || run.startsWith(n + " ")) && (best == null || n.length() > best.length())) {
        best = n;
      }
    }
    return best;
  }

  /**
   * The names without the words of a page's furniture at their ends ({@code furniture photo}: "Jane Roe
   * Photo" is Jane Roe, "Photo Source" no one): a caption's credit or a share button is not a participant.
   */
  private static List<String> withoutFurniture(List<String> names, Set<String> furniture) {
    List<String> out = new ArrayList<>(names.size());
    for (String n : names) {
      List<String> words = new ArrayList<>(List.of(n.split(" ")));
      while (!words.isEmpty() && furniture.contains(words.get(0))) {
        words.remove(0);
      }
      while (!words.isEmpty() && furniture.contains(words.get(words.size() - 1))) {
        words.remove(words.size() - 1);
      }
      if (!words.isEmpty()) {
        out.add(String.join(" ", words));
      }
    }
    return out;
  }

  /**
   * The names without a generational suffix at their end ({@code suffix jr} in {@code stories-names.tsv}: "Ray
   * Doe Jr." and "Ray Doe III" are Ray Doe, as a follow-up writes him), where two words or more are left.
   */
  private static List<String> withoutSuffixes(List<String> names, Set<String> suffixes) {
    List<String> out = new ArrayList<>(names.size());
    for (String n : names) {
      int space = n.lastIndexOf(' ');
      boolean cut = space > 0 && n.lastIndexOf(' ', space - 1) > 0 && suffixes.contains(n.substring(space + 1));
      out.add(cut ? n.substring(0, space) : n);
    }
    return out;
  }

  private static List<String> tagged(String text, String lang, Set<String> tags) {
    List<String> names = new ArrayList<>();
    for (Sentence s : TextLayer.get().sentences(text, lang)) {
      List<Token> tokens = s.tokens();
      List<String> tagged = s.tags();
      List<String> run = new ArrayList<>();
      for (int i = 0; i < tokens.size(); i++) {
        String word = tokens.get(i).text();
        boolean name = tags.contains(tagged.get(i)) && !word.isEmpty() && Character.isUpperCase(word.charAt(0))
            && word.length() > 1;
        if (name) {
          run.add(word.toLowerCase(Locale.ROOT));
        } else if (!run.isEmpty()) {
          names.add(String.join(" ", run));
          run.clear();
        }
      }
      if (!run.isEmpty()) {
        names.add(String.join(" ", run));
      }
    }
    return names;
  }

  /** The words that end a name in {@code lang}: its own and those of every language ({@code lang/<file>}). */
  private static Set<String> breaks(String lang, String file) {
    Set<String> out = new java.util.HashSet<>(StoryVocabulary.lowerCased(lang, file, "break"));
    out.addAll(StoryVocabulary.lowerCased(null, file, "break"));
    return Set.copyOf(out);
  }

  private static Rules load(String lang) {
    String file = "stories-names.tsv";
    return new Rules(Set.copyOf(StoryVocabulary.ofKind(lang, file, "tag")), StoryVocabulary.lowerCased(lang, file, "skip"),
        StoryVocabulary.ofKind(lang, file, "place").stream().map(LatinSpelling::of)
            .collect(java.util.stream.Collectors.toUnmodifiableSet()),
        StoryVocabulary.lowerCased(lang, file, "before"),
        StoryVocabulary.lowerCased(lang, file, "furniture"), breaks(lang, file),
        StoryVocabulary.lowerCased(lang, file, "of-place").stream().map(p -> p.split(" ")).toList(),
        StoryVocabulary.ofKind(lang, file, "after-place").stream()
            .map(p -> p.toLowerCase(Locale.forLanguageTag(lang)).replaceAll("-$", "")).toList(),
        StoryVocabulary.lowerCased(lang, file, "and"), Locale.forLanguageTag(lang),
        StoryVocabulary.ofKind(lang, file, "capital-run").stream().mapToInt(Integer::parseInt).findFirst()
            .orElse(0),
        StoryVocabulary.lowerCased(lang, file, "middle").contains("initial"),
        StoryVocabulary.lowerCased(lang, file, "suffix"),
        StoryVocabulary.lowerCased(lang, file, "dateline").contains("period"));
  }

}
