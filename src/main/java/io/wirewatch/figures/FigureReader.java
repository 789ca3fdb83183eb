package io.wirewatch.figures;

import io.wirewatch.figures.FigureVocabulary.Match;
import io.wirewatch.model.Figure.Metric;
import io.wirewatch.model.Figure.Qualifier;
import io.wirewatch.text.Countries;
import io.wirewatch.text.Lexicon;
import io.wirewatch.text.NumberPhrase;
import io.wirewatch.text.Sentence;
import io.wirewatch.text.Token;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Reads the figures of one sentence from its structure, in any language with a figure vocabulary
 * ({@link FigureVocabulary}): a number phrase of the language layer, attached to a people noun (or a nominal
 * harm word: "11 dead", "24 morts", "41 Todesopfer"; or bare, as the object of a toll or an active verb),
 * linked to a harm or state predicate in its clause, active ("killed 11 cadres"), passive ("11 cadres were
 * killed", verb-final "wurden ... verletzt") or nominal ("the deaths of 11", "a toll of 11"); the metric is
 * the predicate's. Time and place words around the count are passed over, never a reason to drop it. Two
 * counts in one sentence are two figures, each with the side its own phrase names (a nationality or country
 * word; for troops also the country the sentence opens with). Counts of a subset ("including seven
 * children"), increments ("another 12"), earlier values ("from 49") and counts in negated, hypothetical,
 * historical or denied statements are not read. The number is the number as written. Pure; thread-safe.
 */
final class FigureReader {
  /** Tokens searched after a count for its predicate. */
  private static final int FORWARD = 14;
  /** Tokens between a count and its head noun. */
  private static final int NOUN_REACH = 4;
  /** Month names per language, looked up for every capitalised word a name rule reads. */
  private static final Map<String, Map<String, Integer>> MONTHS = new ConcurrentHashMap<>();
  /** English day names, lowercased: "Three people died Monday" names no person. */
  private static final Set<String> ENGLISH_DAYS = Arrays.stream(DayOfWeek.values())
      .map(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT))
      .collect(Collectors.toUnmodifiableSet());

  /**
   * One figure of a sentence.
   *
   * @param side ISO 3166 alpha-2 code of whose count it is, or null
   * @param troops true when the count is of soldiers or forces
   * @param cue the predicate or nominal word that gave the metric, as written
   * @param charStart absolute offset of the count in the text the sentence was read from
   * @param single true for a count of one the text does not write as a number (an article, a name)
   */
  record Read(Metric metric, long value, Qualifier qualifier, String side, boolean troops, String subject,
      String cue, int charStart, boolean verbal, boolean previous, boolean revised, boolean single, boolean hit) {

    /**
     * True when a verb (not a nominal harm word) gives the metric, to a count with a people noun or to a bare
     * count that is the verb's object ("killed 11 across the city").
     */
    boolean headedByVerb() {
      return verbal;
    }

    Read asPrevious() {
      return new Read(metric, value, qualifier, side, troops, subject, cue, charStart, verbal, true, revised, single,
          hit);
    }
  }

  private FigureReader() {}

  /** The current figures of a sentence; {@code year} is the item's year (null when unknown). */
  static List<Read> read(Sentence s, Integer year) {
    return readAll(s, year, null, null).stream().filter(r -> !r.previous()).toList();
  }

  /**
   * The figures of a sentence, current ones and the earlier values it states ("police had earlier said four",
   * "from 49"; {@link Read#previous()}); {@code home} is the ISO code of the item's home side (dateline), the
   * side of troops the sentence gives no side (null when unknown); {@code month} the item's month (1-12, or
   * null): a sentence set in an earlier month of the year ("In June, five people were killed") is background.
   */
  static List<Read> readAll(Sentence s, Integer year, Integer month, String home) {
    return readAll(s, year, month, home, false);
  }

  /**
   * As {@link #readAll(Sentence, Integer, Integer, String)} for an item's headline: in a language whose
   * headlines drop the article ("bare-headline" cue), a singular people noun opening it is a count of one
   * ("Teen fatally shot", "Man, woman killed in crash").
   */
  static List<Read> readHeadline(Sentence s, Integer year, Integer month, String home) {
    return readAll(s, year, month, home, true);
  }

  private static List<Read> readAll(Sentence s, Integer year, Integer month, String home, boolean headline) {
    FigureVocabulary v = FigureVocabulary.of(s.lang());
    List<Read> out = new ArrayList<>();
    if (v.empty()) {
      return out;
    }
    List<Token> t = s.tokens();
    List<Match> cues = v.cues(t);
    if (has(cues, "denial") || otherYear(t, year) || earlierMonth(t, cues, s.lang(), month) || otherStory(t, cues)) {
      return out;
    }
    List<Match> preds = v.predicates(t);
    if (preds.isEmpty()) {
      return multiples(t, v, cues, out);
    }
    List<Match> all = withOutcomes(t, preds, cues, s.numbers());
    List<Match> people = v.people(t);
    List<Match> withSelf = all.stream().filter(m -> !m.phrase().hit() || !covered(all, m) && cues.stream()
        .noneMatch(c -> c.value().equals("missed") && c.start() <= m.start() && m.start() < c.end()
            && !locative(t, cues, people, s.numbers(), c, headline))).toList();
    // "shot at" hit no one; "shot himself" is read only for a singular subject ("A boy shot himself"), in a
    // headline too ("Boy, 4, shoots himself")
    preds = withSelf.stream().filter(m -> self(cues, m) == null).toList();
    List<NumberPhrase> numbers = withAsMany(t, s.numbers(), cues);
    Read previousRead = null;
    int previousLast = -1;
    boolean revised = has(cues, "revision");
    for (NumberPhrase phrase : numbers) {
      NumberPhrase n = phrase.value() >= 0 ? phrase : equalTo(phrase, previousRead);
      Read r = n == null || n.vague() ? null : read(s, t, n, numbers, preds, people, cues, previousRead,
          previousLast, revised, home);
      if (r != null) {
        out.add(r);
        previousRead = r;
        previousLast = n.lastToken();
      }
    }
    out = partitions(t, numbers, cues, out);
    List<Read> ones = new ArrayList<>(singulars(s, t, withSelf, people, cues, numbers));
    ones.addAll(reflexivePronoun(t, withSelf, cues));
    for (Read one : ones) {
      if (out.stream().noneMatch(r -> r.metric() == one.metric())) {
        out.add(one);
      }
    }
    if (headline && v.hasKind("bare-headline")) {
      for (Read one : bareSingulars(s, t, withSelf, people, cues, numbers)) { // "Boy, 4, shoots himself"
        if (out.stream().noneMatch(r -> r.metric() == one.metric())) {
          out.add(one);
        }
      }
    }
    if (v.hasKind("one")) {
      List<Read> named = new ArrayList<>(namedObjects(s, t, preds, people, cues));
      named.addAll(namedSubjects(s, t, preds, people, cues, numbers));
      for (Read one : named) {
        if (out.stream().noneMatch(r -> r.metric() == one.metric())) {
          out.add(one);
        }
      }
    }
    return hitLessDead(multiples(t, v, cues, out), t, cues);
  }

  /**
   * True when a "missed" cue ("shot at") is a passive hit at a place: "was shot at a home", "were shot at a
   * party on Elm Street" (an auxiliary before it), in a headline, which drops the auxiliary, "Four people shot
   * at bar" (a count or a people noun right before it); a "place" cue within three words after it, no boundary.
   */
  private static boolean locative(List<Token> t, List<Match> cues, List<Match> people, List<NumberPhrase> numbers,
      Match missed, boolean headline) {
    int k0 = missed.start();
    boolean passive = auxiliaryBefore(cues, k0) || headline && (people.stream().anyMatch(p -> p.end() == k0)
        || numbers.stream().anyMatch(n -> n.lastToken() == k0 - 1));
    if (!passive) {
      return false;
    }
    for (int k = missed.end(); k < Math.min(t.size(), missed.end() + 3) && !boundary(t.get(k)); k++) {
      if (startsAt(cues, k, "place") != null) {
        return true;
      }
    }
    return false;
  }

  /** The "self" cue at predicate {@code m} ("shot himself": the one hit is the verb's own subject), or null. */
  private static Match self(List<Match> cues, Match m) {
    return m.phrase().hit() ? startsAt(cues, m.start(), "self") : null;
  }

  /**
   * True when the sentence opens with a label that names another story ("RELATED: ...", "[RELATED: ...]"),
   * after at most a bracket or a bullet.
   */
  private static boolean otherStory(List<Token> t, List<Match> cues) {
    int open = !t.isEmpty() && !Character.isLetterOrDigit(t.get(0).text().charAt(0)) ? 1 : 0;
    return cues.stream().anyMatch(c -> c.start() <= open && c.value().equals("other-story"));
  }

  /**
   * "Four men were shot and two of them died", "Two of them died in hospital": a part of a group of people hurt
   * whose predicate is a death is the group's dead (killed; those hit who lived are the rest, {@link
   * #hitLessDead} and the item's). Not a part of a group read in the sentence with another metric ("Ten were
   * killed, two of them in hospital"), and no other part ("one of them critically injured").
   */
  private static Read partDied(List<Token> t, NumberPhrase n, List<NumberPhrase> numbers, List<Match> preds,
      List<Match> cues, Read before) {
    Match pred = forward(t, preds, cues, numbers, startsAt(cues, n.lastToken() + 1, "subset").end() - 1, t.size());
    if (pred == null || FigureVocabulary.metric(pred) != Metric.KILLED || pred.phrase().troopsOnly()
        || before != null && before.metric() != Metric.INJURED || before == null && pred.phrase().nominal()) {
      return null; // with no group in the sentence, only a verb: "Two of them died", not "left six of them dead"
    }
    return new Read(Metric.KILLED, n.value(), qualifier(n), before == null ? null : before.side(), false, "",
        text(t, pred), n.start(), true, false, false, false, true); // "hit": the dead of a group hurt
  }

  /**
   * True when death predicate {@code m} has an object of its own that is no pronoun for the one named before
   * ("killing Constable Ana Ruiz", "killed the manager": maybe another person; "killing him" is not).
   */
  private static boolean ownObject(List<Token> t, List<Match> cues, List<Match> people, Match m) {
    int k = m.end();
    if (k >= t.size() || m.phrase().nominal()) {
      return false;
    }
    if (startsAt(cues, k, "he") != null) {
      return k + 1 < t.size() && startsAt(people, k + 1, null) != null; // "killing her son"
    }
    return startsAt(cues, k, "object") != null || capitalisedWord(t, k) || startsAt(people, k, null) != null;
  }

  /**
   * True when the sentence tells a death in the item's own incident: in the headline or the lead ({@code lead})
   * a death predicate or a "death" cue ("has died", "fatal shooting", "homicide"); past them, a death verb
   * with a pronoun for one person before it ("he" cues: "where she later died", "he was pronounced dead";
   * later sentences also tell other incidents, and scraped pages carry teasers of other stories). In a
   * language whose cues name attackers
   * (the "attacker" kind; without them, never): not under a negation or a modal ("attempted murder"), not in a
   * clause that names the attacker ("the suspect was killed"), not in a sentence about another or an earlier
   * incident, another story, or denied.
   */
  static boolean tellsDeath(Sentence s, boolean lead) {
    FigureVocabulary v = FigureVocabulary.of(s.lang());
    if (v.empty() || !v.hasKind("attacker")) {
      return false;
    }
    List<Token> t = s.tokens();
    List<Match> cues = v.cues(t);
    if (has(cues, "denial") || has(cues, "historical") || has(cues, "other-incident") || has(cues, "other-story")) {
      return false;
    }
    List<Match> people = v.people(t);
    List<Match> deaths = new ArrayList<>();
    for (Match m : v.predicates(t)) {
      if (!m.phrase().troopsOnly() && FigureVocabulary.metric(m) == Metric.KILLED
          && (lead || !m.phrase().nominal() && cueEndsAt(cues, m.start(), "he", 3)) && !ownObject(t, cues, people, m)) {
        deaths.add(m); // past the lead, only a verb told of one person named before: "where he later died"
      }
    }
    if (lead) {
      cues.stream().filter(c -> c.value().equals("death")).forEach(deaths::add);
    }
    for (Match d : deaths) {
      if (cues.stream().anyMatch(o -> o.value().equals("no-death") && o.start() <= d.start() && d.start() < o.end())) {
        continue; // "homicide unit", "shot in the upper body"
      }
      int from = clauseStart(t, d.start());
      int to = clauseEnd(t, d.end());
      if (!inRange(cues, "negation", from, to) && !inRange(cues, "modal", from, to)
          && !inRange(cues, "attacker", from, to) && !cueEndsAt(cues, d.start(), "attempt", 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Four men were shot, one fatally", "Six people were wounded, two mortally": a count, its injury or "hit"
   * verb, a comma and a smaller count with a "fatal-part" adverb split the people hit into the dead (killed,
   * the second count) and those who lived (injured, the first less the second): the wounded who died are no
   * injured. No other count between the two.
   */
  private static List<Read> partitions(List<Token> t, List<NumberPhrase> numbers, List<Match> cues,
      List<Read> reads) {
    List<Read> out = new ArrayList<>(reads);
    boolean split = false;
    for (int i = 0; i + 1 < numbers.size(); i++) {
      NumberPhrase all = numbers.get(i);
      NumberPhrase dead = numbers.get(i + 1);
      int comma = dead.firstToken() - 1;
      Match part = startsAt(cues, dead.lastToken() + 1, "fatal-part");
      if (part == null || all.value() <= dead.value() || dead.value() < 1 || all.vague() || dead.vague()
          || comma <= all.lastToken() || !t.get(comma).text().equals(",")
          || boundaryBetween(t, all.lastToken() + 1, comma)) {
        continue;
      }
      Read hurt = at(out, all.start(), Metric.INJURED);
      Match hit = firstIn(cues, "hit", all.lastToken() + 1, comma);
      if (hurt == null && hit == null
          || out.stream().anyMatch(r -> r.charStart() == all.start() && r.metric() != Metric.INJURED)) {
        continue;
      }
      out.removeIf(r -> r.charStart() == dead.start() || r.charStart() == all.start());
      Qualifier q = hurt == null ? qualifier(all) : hurt.qualifier();
      String side = hurt == null ? null : hurt.side();
      out.add(new Read(Metric.KILLED, dead.value(), Qualifier.EXACT, side, false, "", text(t, part), dead.start(),
          true, false, false, false, false));
      out.add(new Read(Metric.INJURED, all.value() - dead.value(), q, side, false,
          hurt == null ? "" : hurt.subject(), hurt == null ? text(t, hit) : hurt.cue(), all.start(),
          true, false, false, false, false));
      split = true;
    }
    if (split) {
      out.sort(Comparator.comparingInt(Read::charStart));
    }
    return out;
  }

  /**
   * "Six people were shot and one was killed", "shot seven people, killing a boy": a count read from a "hit"
   * verb less the first killed count of the same side after it in the sentence (none left: no figure); any
   * injured count less the part of it that died after it ("six were wounded and one of them died"); a "hit"
   * count less a death told before it that a "hit-after" cue joins to it ("One man is dead after five people
   * were shot").
   */
  private static List<Read> hitLessDead(List<Read> reads, List<Token> t, List<Match> cues) {
    List<Read> out = new ArrayList<>(reads);
    for (int i = 0; i < out.size(); i++) {
      Read hit = out.get(i);
      Read dead = hit.metric() != Metric.INJURED ? null : out.stream()
          .filter(r -> r.metric() == Metric.KILLED && Objects.equals(r.side(), hit.side())
              && (r.charStart() > hit.charStart() && (hit.hit() || r.hit())
              || hit.hit() && r.charStart() < hit.charStart() && joined(t, cues, r.charStart(), hit.charStart())))
          .findFirst().orElse(null);
      if (dead == null || dead.value() > hit.value()) {
        continue;
      }
      if (dead.value() == hit.value()) {
        out.remove(i--);
      } else {
        out.set(i, new Read(hit.metric(), hit.value() - dead.value(), hit.qualifier(), hit.side(), hit.troops(),
            hit.subject(), hit.cue(), hit.charStart(), hit.verbal(), hit.previous(), hit.revised(), hit.single(),
            hit.hit()));
      }
    }
    return out;
  }

  /** True when a "hit-after" cue ("after", "when") stands between the characters {@code from} and {@code to}. */
  private static boolean joined(List<Token> t, List<Match> cues, int from, int to) {
    return cues.stream().anyMatch(c -> c.value().equals("hit-after") && t.get(c.start()).start() > from
        && t.get(c.start()).start() < to);
  }

  private static Read at(List<Read> reads, int charStart, Metric metric) {
    return reads.stream().filter(r -> r.charStart() == charStart && r.metric() == metric).findFirst().orElse(null);
  }

  /**
   * The predicates with each injury verb given the metric of the death its clause says it ended in: an
   * "outcome" phrase after it ("beaten with sticks to death", "stabbed him to death") or a death predicate
   * joined to it by "and" and at most one word ("assaulted and later beheaded", "hurt and later died"); no
   * count or clause break between them.
   */
  private static List<Match> withOutcomes(List<Token> t, List<Match> preds, List<Match> cues,
      List<NumberPhrase> numbers) {
    List<Match> out = new ArrayList<>(preds.size());
    for (Match m : preds) {
      Match end = null;
      if (!m.phrase().nominal() && FigureVocabulary.metric(m) == Metric.INJURED) {
        for (Match o : preds) {
          if (o.start() < m.end() || o.start() > m.end() + 6 || FigureVocabulary.metric(o) != Metric.KILLED
              || boundaryBetween(t, m.end(), o.start()) || digitsBetween(t, m.end(), o.start())
              || numbers.stream().anyMatch(n -> n.lastToken() >= m.end() && n.firstToken() < o.start())) {
            continue;
          }
          boolean joined = startsAt(cues, m.end(), "and") != null && o.start() - m.end() <= 2
              && (o.end() >= t.size() || !letters(t.get(o.end())) || startsAt(cues, o.end(), "link") != null)
              && (o.end() >= t.size() || startsAt(cues, o.end(), "object") == null)
              && !digitsBetween(t, o.end(), Math.min(t.size(), o.end() + 1));
          if (o.phrase().outcome() || joined) {
            end = o;
            break;
          }
        }
      }
      out.add(end == null ? m : new Match(m.start(), m.end(), end.phrase()));
    }
    return out;
  }

  /** True when another, longer predicate spans {@code m} ("shot" inside "fatally shot", "shot and killed"). */
  private static boolean covered(List<Match> preds, Match m) {
    return preds.stream().anyMatch(o -> o.start() <= m.start() && o.end() >= m.end()
        && o.end() - o.start() > m.end() - m.start());
  }

  /** True when a longer predicate starts at the same token ("stabbed" inside "stabbed to death"). */
  private static boolean shadowed(List<Match> preds, Match m) {
    return preds.stream().anyMatch(o -> o.start() == m.start() && o.end() > m.end());
  }

  private static boolean digitsBetween(List<Token> t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.get(k).text().chars().anyMatch(Character::isDigit)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The sentence's number phrases and, in text order among them, each "as many" ("as-many" cue: "killed
   * three and injured as many", "as many policemen were hurt") that is no part of a number phrase ("as many
   * as 20" is a qualifier): a placeholder (value -1) for a count equal to the one read before it.
   */
  private static List<NumberPhrase> withAsMany(List<Token> t, List<NumberPhrase> numbers, List<Match> cues) {
    List<NumberPhrase> out = new ArrayList<>(numbers);
    for (Match c : cues) {
      if (c.value().equals("as-many") && !isNumber(numbers, c.start()) && !isNumber(numbers, c.end())
          && !isNumber(numbers, c.end() + 1)) {
        out.add(new NumberPhrase(-1, null, NumberPhrase.EXACT, false, c.start(), c.end() - 1,
            t.get(c.start()).start(), t.get(c.end() - 1).end()));
      }
    }
    out.sort(Comparator.comparingInt(NumberPhrase::firstToken));
    return out;
  }

  /** An "as many" placeholder given the value and qualifier of the count read before it, or null. */
  private static NumberPhrase equalTo(NumberPhrase asMany, Read before) {
    return before == null ? null : new NumberPhrase(before.value(), null, before.qualifier().id(), false,
        asMany.firstToken(), asMany.lastToken(), asMany.start(), asMany.end());
  }

  /**
   * "Inspector Ana Ruiz was injured", "Ana Ruiz, a nurse, was wounded", "Luis Mora died", "Ana Ruiz and Luis
   * Mora were arrested": a person's name (two or more capitalised words that name no country, after any
   * titles: people nouns or acronyms) as the whole subject of a passive harm predicate, or of one whose
   * subject is the one harmed ("victim" predicates: "died", "sustained injuries"), is a count of one; two
   * names joined by "and" are two. An apposition set off by commas, an aside in parentheses ("(31)") and an
   * "of" phrase ("of the river police") may follow the name; a people noun with an apposition that names
   * the person ("The driver, Luis Mora, was hurt") is one too. Not in a negated, hypothetical, historical or
   * other-incident clause.
   */
  private static List<Read> namedSubjects(Sentence s, List<Token> t, List<Match> preds, List<Match> people,
      List<Match> cues, List<NumberPhrase> numbers) {
    List<Read> out = new ArrayList<>();
    for (Match m : preds) {
      Metric metric = FigureVocabulary.metric(m, false);
      if (metric == null || metric == Metric.TROOPS || out.stream().anyMatch(r -> r.metric() == metric)
          || shadowed(preds, m)) {
        continue; // "stabbed to death": the longest predicate at a token is the one read
      }
      int end = subjectEnd(cues, m);
      if (end <= 0 || before(cues, "other-incident", end)) {
        continue;
      }
      boolean appositionName = false;
      if (t.get(end - 1).text().equals(",")) {
        int open = appositionStart(t, preds, end - 1);
        if (open <= 0) {
          continue;
        }
        Match cue = startsAt(cues, open + 1, "apposition");
        appositionName = nameLength(t, s.lang(), people, cues, cue == null ? open + 1 : cue.end()) >= 2;
        end = open;
      }
      int names = namedSubject(t, s.lang(), people, cues, preds, numbers, end, appositionName);
      if (names == 0) {
        continue;
      }
      int clauseStart = clauseStart(t, end);
      int scope = scopeStart(cues, end, clauseStart);
      int clauseEnd = clauseEnd(t, m.end());
      if (inRange(cues, "modal", scope, clauseEnd) || inRange(cues, "negation", scope, clauseEnd)
          || historical(t, cues, end, clauseStart, clauseEnd)) {
        continue;
      }
      out.add(new Read(metric, names, Qualifier.EXACT, null, false, "", text(t, m), t.get(clauseStart).start(),
          true, false, false, true, m.phrase().hit()));
    }
    return out;
  }

  /**
   * Where the subject of predicate {@code m} ends: before its auxiliaries ("was", "were still"), or for a
   * "victim" predicate right before it; degree adverbs before either are passed ("also", "critically").
   * -1 when the predicate has no such subject slot.
   */
  private static int subjectEnd(List<Match> cues, Match m) {
    int k = m.start();
    while (k > 0 && startsAt(cues, k - 1, "degree") != null) {
      k--;
    }
    int aux = -1;
    for (Match c : cues) {
      if (c.value().equals("auxiliary") && c.end() == k) {
        aux = c.start();
      }
    }
    while (aux > 0 && cueEndsAt(cues, aux, "auxiliary", 1)) {
      aux--;
    }
    if (aux < 0 && !m.phrase().victimSubject() || m.phrase().nominal() && aux < 0) {
      return -1;
    }
    return aux >= 0 ? aux : k;
  }

  /** The comma opening an apposition that ends at the comma {@code close}, or -1 (none within 30 tokens). */
  private static int appositionStart(List<Token> t, List<Match> preds, int close) {
    for (int k = close - 1; k > 0 && k >= close - 30; k--) {
      String x = t.get(k).text();
      if (x.equals(",")) {
        return k;
      }
      if (x.equals(";") || x.equals(":") || x.equals(".") || startsAt(preds, k, null) != null) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The number of names that make the whole subject ending before token {@code end}, 0 when it is not a list
   * of names: titles and a name, with an aside in parentheses ("(31)") or an "of" phrase after it, each
   * name after the first set off by "and" or, before an "and", a comma; an age or a short description between
   * commas after a name ("Ana Ruiz, 40, and Luis Mora, 26, were hurt") is passed. With {@code
   * appositionName}, a people noun alone ("The driver") is a subject too.
   */
  private static int namedSubject(List<Token> t, String lang, List<Match> people, List<Match> cues,
      List<Match> preds, List<NumberPhrase> numbers, int end, boolean appositionName) {
    int e = pastAside(t, end);
    int clauseStart = clauseStart(t, e);
    if (e <= clauseStart || numberBetween(numbers, clauseStart, e)) {
      return 0;
    }
    if (appositionName) {
      // "The tractor driver, Luis Mora, was hurt": a people noun heads the subject, the apposition names it
      return startsAt(people, e - 1, null) != null && scanBack(t, people, cues, e) <= clauseStart + 2
          && opening(t, cues, clauseStart) ? 1 : 0;
    }
    int names = 0;
    boolean listed = false;
    while (names < 8) {
      int from = name(t, lang, people, cues, e);
      if (from < 0 || numberBetween(numbers, from, e)) {
        return 0;
      }
      names++;
      int close;
      if (from > 1 && startsAt(cues, from - 1, "and") != null) {
        listed = true; // "... and Luis Mora"
        close = t.get(from - 2).text().equals(",") ? from - 2 : -1;
        e = from - 1;
      } else if (listed && from > 1 && t.get(from - 1).text().equals(",")) {
        close = from - 1; // "Ana Ruiz, Luis Mora and ..."
        e = from - 1;
      } else {
        return opening(t, cues, from) ? names : 0;
      }
      if (close >= 0) {
        // an age or a short description closed by this comma, else the comma of the list
        int open = appositionStart(t, preds, close);
        e = open > 0 && shortApposition(t, numbers, cues, open + 1, close) ? open : close;
      }
      e = pastAside(t, e);
    }
    return 0;
  }

  /** The start of an aside in parentheses ending right before {@code e} ("(31)"), else {@code e}. */
  private static int pastAside(List<Token> t, int e) {
    if (e > 0 && t.get(e - 1).text().equals(")")) {
      for (int open = e - 2; open > 0 && open > e - 8; open--) {
        if (t.get(open).text().equals("(")) {
          return open;
        }
      }
    }
    return e;
  }

  /**
   * An age or a description of a few words between commas (tokens {@code from..to}, exclusive): a number
   * phrase, or up to six words opened by an article or apposition cue ("a nurse", "identified as ...").
   */
  private static boolean shortApposition(List<Token> t, List<NumberPhrase> numbers, List<Match> cues, int from,
      int to) {
    if (from >= to || to - from > 6 || inRange(cues, "and", from, to)) {
      return false;
    }
    return startsNumber(numbers, from) || startsAt(cues, from, "apposition") != null
        || startsAt(cues, from, "one") != null;
  }

  /** True when a subject may open at token {@code from}: the sentence's start, a clause break or opener. */
  private static boolean opening(List<Token> t, List<Match> cues, int from) {
    return from == 0 || boundary(t.get(from - 1)) || startsAt(cues, from - 1, "and") != null
        || startsAt(cues, from - 1, "opener") != null || startsAt(cues, from - 1, "clause") != null
        || startsAt(cues, from - 1, "say") != null;
  }

  /**
   * The start of titles and a name ending before token {@code e} ("Police constable Ana Ruiz", "Ana Ruiz of
   * the river police"), or -1 when the words there are no such name.
   */
  private static int name(List<Token> t, String lang, List<Match> people, List<Match> cues, int e) {
    int clauseStart = clauseStart(t, e);
    int from = scanBack(t, people, cues, e);
    int nameEnd = e;
    if (from > clauseStart) {
      // "Ana Ruiz of the river police": the name ends before a partitive word ("of") within the clause
      for (int p = e - 1; p > clauseStart; p--) {
        if (startsAt(cues, p, "partitive") != null && nameWord(t, lang, people, cues, p - 1)) {
          nameEnd = p;
          from = scanBack(t, people, cues, p);
          break;
        }
      }
    }
    int name = nameEnd;
    while (name > from && (nameWord(t, lang, people, cues, name - 1) || t.get(name - 1).text().equals("-"))) {
      name--;
    }
    if (nameLength(t, lang, people, cues, name) < 2) {
      return -1;
    }
    for (int k = from; k < name; k++) {
      if (startsAt(people, k, null) == null && !acronym(t.get(k)) && !t.get(k).text().equals("-")
          && !nameWord(t, lang, people, cues, k)) {
        return -1; // the words before the name are titles: "Police constable", "SI", "Head Constable"
      }
    }
    return from;
  }

  /** The start of the run of title and name words (capitalised, people nouns, acronyms) ending before {@code e}. */
  private static int scanBack(List<Token> t, List<Match> people, List<Match> cues, int e) {
    int k = e;
    while (k > 0) {
      Token tok = t.get(k - 1);
      boolean word = letters(tok) && (Character.isUpperCase(tok.text().charAt(0)) && startsAt(cues, k - 1, null) == null
          || startsAt(people, k - 1, null) != null);
      if (!word && !tok.text().equals("-")) {
        break;
      }
      k--;
    }
    return k;
  }

  /** The number of name words ({@link #nameWord}) from token {@code k} on. */
  private static int nameLength(List<Token> t, String lang, List<Match> people, List<Match> cues, int k) {
    int n = 0;
    while (k < t.size() && (nameWord(t, lang, people, cues, k) || t.get(k).text().equals("-") && n > 0)) {
      n += t.get(k).text().equals("-") ? 0 : 1;
      k++;
    }
    return n;
  }

  /**
   * A word of a person's name: capitalised, not an acronym, not a people noun, cue, country, capital, day
   * or month.
   */
  private static boolean nameWord(List<Token> t, String lang, List<Match> people, List<Match> cues, int k) {
    return capitalisedWord(t, k) && !acronym(t.get(k)) && startsAt(people, k, null) == null
        && startsAt(cues, k, null) == null && Countries.iso(t.get(k).text(), lang) == null
        && Places.capitalIso(t.get(k).text()) == null;
  }

  /** "SI", "CRPF": a word of two or more capitals. */
  private static boolean acronym(Token tok) {
    String x = tok.text();
    return x.length() >= 2 && x.chars().allMatch(c -> Character.isUpperCase(c) || c == '.');
  }

  /**
   * "Maoists shot dead Ganesh Murmu (31), a local leader", "killed Ana Ruiz and Luis Mora": a person's name
   * (two or more capitalised words that name no country) as the object of an active harm verb is a count of
   * one, two for two names joined by "and". Read in languages whose files give indefinite articles ("one"
   * cues), which read counts of one; not in a negated, hypothetical or other-incident clause.
   */
  private static List<Read> namedObjects(Sentence s, List<Token> t, List<Match> preds, List<Match> people,
      List<Match> cues) {
    List<Read> out = new ArrayList<>();
    for (Match m : preds) {
      Metric metric = FigureVocabulary.metric(m, false);
      if (m.phrase().nominal() || metric == null || metric == Metric.TROOPS
          || out.stream().anyMatch(r -> r.metric() == metric) || shadowed(preds, m)) {
        continue;
      }
      int k = m.end() < t.size() && t.get(m.end()).text().equals(",") ? m.end() + 1 : m.end();
      while (k + 1 < t.size() && (startsAt(people, k, null) != null || acronym(t.get(k)))
          && nameEnd(t, s.lang(), k + 1) > 0) {
        k++; // a title before the name: "injuring constable Luis Mora"
      }
      int names = 0;
      while (true) {
        int end = nameEnd(t, s.lang(), k);
        if (end < 0) {
          break;
        }
        names++;
        k = end;
        if (k + 1 < t.size() && startsAt(cues, k, "and") != null && nameEnd(t, s.lang(), k + 1) > 0) {
          k++;
        } else {
          break;
        }
      }
      if (names == 0 || k < t.size() && letters(t.get(k)) && startsAt(cues, k, "link") == null
          && startsAt(cues, k, "and") == null) {
        continue;
      }
      int clauseStart = clauseStart(t, m.start());
      int scope = scopeStart(cues, m.start(), clauseStart);
      int clauseEnd = clauseEnd(t, m.end());
      if (inRange(cues, "modal", scope, clauseEnd) || inRange(cues, "negation", scope, clauseEnd)
          || historical(t, cues, m.start(), clauseStart, clauseEnd)) {
        continue;
      }
      out.add(new Read(metric, names, Qualifier.EXACT, null, false, "", text(t, m), t.get(m.end()).start(), true,
          false, false, true, m.phrase().hit()));
    }
    return out;
  }

  /**
   * A capitalised word (a name: "shot dead Hasan", "killed Umesh Singh") at token {@code k}; not a day or
   * month name ("Three people died Monday"), which the JDK's English and the sentence's own names give.
   */
  private static boolean capitalisedWord(List<Token> t, int k) {
    if (k >= t.size() || !letters(t.get(k)) || !Character.isUpperCase(t.get(k).text().charAt(0))) {
      return false;
    }
    String w = t.get(k).lower();
    return !ENGLISH_DAYS.contains(w) && monthOf(w, "en") == 0;
  }

  /** True when the sentence's cues include object openers: the language reads agents of active verbs. */
  private static boolean hasObjectCues(List<Match> cues) {
    return has(cues, "object") || has(cues, "auxiliary");
  }

  /**
   * The end (exclusive) of a name of two or more capitalised words from token {@code k}, or -1; with a
   * language, words naming a country are no name.
   */
  private static int nameEnd(List<Token> t, String lang, int k) {
    int e = k;
    while (e < t.size() && letters(t.get(e)) && Character.isUpperCase(t.get(e).text().charAt(0))
        && (lang == null || Countries.iso(t.get(e).text(), lang) == null)
        && Places.capitalIso(t.get(e).text()) == null) {
      e++;
    }
    return e - k >= 2 ? e : -1;
  }

  /**
   * "A Maoist cadre was arrested", "Un soldat a été tué": an indefinite article opening a clause, a people
   * noun after it and a predicate after that, passive or intransitive; or the article right after an active
   * predicate ("Maoists killed a civilian"): a count of one, two with a coordinated singular or kin ("a
   * villager and a child were hurt", "killed a man and his wife"). The first per metric, read only when the
   * sentence writes no count of that metric. The articles are the language's "one" cues.
   */
  private static List<Read> singulars(Sentence s, List<Token> t, List<Match> preds, List<Match> people,
      List<Match> cues, List<NumberPhrase> numbers) {
    List<Read> out = new ArrayList<>();
    int skipTo = -1;
    for (Match a : cues) {
      boolean pronoun = a.value().equals("one-pronoun");
      boolean possessive = a.value().equals("one-possessive"); // "and his wife was hurt"
      if (!a.value().equals("one") && !pronoun && !possessive || a.start() < skipTo) {
        continue;
      }
      int at = a.start();
      Match verb = null;
      for (Match m : preds) {
        if (m.end() == at && !m.phrase().nominal() && m.start() >= clauseStart(t, at)
            && (verb == null || m.start() < verb.start())) {
          verb = m; // of two ending at the article, the longer: "fatally injured", not "injured"
        }
      }
      // a clause opens after a break, a link word, "found", a dateline's dash ("TOWN - A man"), an opener or a
      // verb of saying ("police said that a man was shot", "Police say a girl was hurt"); elsewhere only a
      // singular with a relative clause of its own is read ("identified a woman who was shot")
      boolean opens = at == 0 || verb != null || boundary(t.get(at - 1)) || spacedDash(t, at - 1)
          || startsAt(cues, at - 1, "link") != null || startsAt(cues, at - 1, "passed") != null
          || startsAt(cues, at - 1, "opener") != null || startsAt(cues, at - 1, "saying") != null;
      // "left a man dead and his brother wounded": the object of "left" with its own state word right after it
      boolean left = !opens && !pronoun && startsAt(cues, at - 1, "leave") != null;
      opens |= left;
      if (a.end() < t.size()
          && (startsAt(cues, a.end(), "ordinal") != null || startsAt(cues, a.end(), "increment") != null)) {
        continue; // "a second protester died": the toll is two, not one
      }
      Match person = null;
      if (pronoun) {
        // "a trooper was killed and another injured", "killing one and injuring another": the pronoun is
        // the person, when no noun or number follows it
        int n = a.end();
        while (startsAt(cues, n, "degree") != null) {
          n++; // "and another critically injured"
        }
        boolean alone = n >= t.size() || !letters(t.get(n)) || startsAt(cues, n, "auxiliary") != null
            || startsAt(preds, n, null) != null || startsAt(cues, n, "link") != null;
        if (!alone || isNumber(numbers, n)) {
          continue;
        }
        person = a;
      }
      int reach = possessive && age(t, cues, a.end()) == null ? 2 : 8; // "her 7-year-old daughter"
      for (int k = a.end(); k < Math.min(t.size(), a.end() + reach) && person == null; k++) {
        person = startsAt(people, k, null);
        boolean age = k + 1 < t.size() && t.get(k).text().chars().allMatch(Character::isDigit)
            && (t.get(k + 1).text().startsWith("-") || startsAt(cues, k + 1, "unit") != null); // "a 47-year-old"
        if (person == null && !age && (!letters(t.get(k)) && !t.get(k).text().equals("-")
            || t.get(k).text().chars().anyMatch(Character::isDigit) || k >= a.end() + 4
            && !t.get(k - 1).text().equals("-"))) {
          break;
        }
      }
      if (person == null && !pronoun && !possessive) {
        person = ageAlone(t, cues, preds, a.end()); // "A 17-year-old was killed": the age is the person
      }
      if (person == null) {
        continue;
      }
      int head = person.end() - 1;
      Match relative = pronoun || verb != null ? null : relativePredicate(cues, preds, head);
      if (!opens && relative == null) {
        continue;
      }
      if (possessive && !singularForm(t, person)) {
        continue; // "his sons": a possessive counts one only before a singular
      }
      if (!pronoun && head + 1 < t.size() && letters(t.get(head + 1))
          && Character.isLowerCase(t.get(head + 1).text().charAt(0))
          && startsAt(people, head + 1, null) == null && startsAt(preds, head + 1, null) == null
          && startsAt(cues, head + 1, null) == null) {
        continue; // "a Maoist bunker": the people word only modifies another noun
      }
      if (before(cues, "other-incident", at) || startsAt(cues, at, "other-incident") != null) {
        continue;
      }
      int clauseStart = clauseStart(t, at);
      int clauseEnd = clauseEnd(t, head + 1);
      if (inRange(cues, "modal", scopeStart(cues, at, clauseStart), scopeEnd(cues, head + 1, clauseEnd))
          || inRange(cues, "negation", scopeStart(cues, at, clauseStart), scopeEnd(cues, head + 1, clauseEnd))) {
        continue;
      }
      Match pred = verb != null ? verb
          : relative != null ? mainDeath(t, preds, cues, numbers, relative)
          : forward(t, preds, cues, numbers, head, t.size());
      if (left && (pred == null || pred.start() != head + 1 || historical(t, cues, at, clauseStart, clauseEnd))) {
        continue; // like a count, not in a clause dated earlier ("a shooting last week that left a man dead")
      }
      if (possessive && verb == null && pred != null && !predicateNext(cues, head + 1, pred)) {
        continue; // "her mother had a restraining order ... injury": a possessive subject's verb follows it
      }
      if (pred == null || pred.phrase().nominal() && !auxiliaryBefore(cues, pred.start()) // "was wounded"
          && pred.start() != head + 1 // "and another wounded"
          || verb == null && (agent(t, preds, cues, numbers, head, pred)
          || inRange(cues, "subset", head + 1, pred.start()) // "A mother of three was among those killed"
          || inRange(cues, "negation", head + 1, pred.start()) || inRange(cues, "modal", head + 1, pred.start()))) {
        continue;
      }
      if (self(cues, pred) != null && (pronoun || startsAt(cues, person.start(), "attacker") != null
          || startsAt(cues, head, "attacker") != null)) {
        continue; // "A gunman shot himself": the attacker's own shot, not a victim's
      }
      boolean troops = person.value().equals("troops");
      Metric metric = FigureVocabulary.metric(pred, troops);
      if (metric == null || metric == Metric.TROOPS || out.stream().anyMatch(r -> r.metric() == metric)) {
        continue;
      }
      int more = possessive ? possessiveList(t, cues, people, head + 1)
          : verb == null ? singularConjunct(t, cues, people, head + 1, pred.start(), false)
          : kinConjunct(t, cues, people, head + 1);
      skipTo = more > 0 ? (verb == null ? pred.start() : head + 4) : skipTo;
      int from = pronoun ? a.start() : a.end();
      String subject = s.text().substring(t.get(from).start() - s.start(), t.get(head).end() - s.start());
      String side = null;
      for (int k = a.end(); k <= head && side == null; k++) {
        side = Countries.iso(t.get(k).text(), s.lang());
      }
      // "a boy who was shot has died" is one of the people hurt who died: marked hit, it comes out of them
      boolean hurtThenDied = relative != null && pred != relative;
      out.add(new Read(metric, 1 + more, Qualifier.EXACT, side, troops, subject, text(t, pred), t.get(at).start(),
          true, false, false, true, pred.phrase().hit() || hurtThenDied));
    }
    return out;
  }

  /**
   * "after he accidentally shot himself": a pronoun ("he" cues) that is the subject of a reflexive "hit"
   * predicate ("self" cues), past degree adverbs, is one person hit; not when a harm predicate or the attacker
   * comes before it in the sentence ("killed his wife before he shot himself": he is the attacker), nor under a
   * negation or a modal.
   */
  private static List<Read> reflexivePronoun(List<Token> t, List<Match> preds, List<Match> cues) {
    for (Match he : cues) {
      if (!he.value().equals("he") || before(cues, "attacker", he.start())
          || preds.stream().anyMatch(m -> m.start() < he.start() && !auxiliaryBefore(cues, m.start()))) {
        continue;
      }
      int k = he.end();
      while (startsAt(cues, k, "degree") != null) {
        k = startsAt(cues, k, "degree").end();
      }
      Match pred = startsAt(preds, k, null);
      int clauseStart = clauseStart(t, he.start());
      int clauseEnd = clauseEnd(t, k);
      if (pred == null || self(cues, pred) == null
          || inRange(cues, "modal", scopeStart(cues, he.start(), clauseStart), scopeEnd(cues, k, clauseEnd))
          || inRange(cues, "negation", scopeStart(cues, he.start(), clauseStart), scopeEnd(cues, k, clauseEnd))) {
        continue;
      }
      Match died = andDied(preds, cues, self(cues, pred).end()); // "shot himself and died"
      pred = died != null ? died : pred;
      Metric metric = FigureVocabulary.metric(pred, false);
      if (metric == null || metric == Metric.TROOPS) {
        continue;
      }
      return List.of(new Read(metric, 1, Qualifier.EXACT, null, false, t.get(he.start()).text(), text(t, pred),
          t.get(he.start()).start(), true, false, false, true, pred.phrase().hit()));
    }
    return List.of();
  }

  /** A death whose subject is the one harmed joined by "and" at {@code k} ("and later died"), else null. */
  private static Match andDied(List<Match> preds, List<Match> cues, int k) {
    Match and = startsAt(cues, k, "and");
    if (and == null) {
      return null;
    }
    int at = and.end();
    while (startsAt(cues, at, "degree") != null) {
      at = startsAt(cues, at, "degree").end();
    }
    Match m = startsAt(preds, at, null);
    return m != null && m.phrase().victimSubject() && FigureVocabulary.metric(m, false) == Metric.KILLED ? m : null;
  }

  /**
   * "A boy who was shot on Sunday has died": the main clause's predicate after a singular's relative clause
   * decides its metric when it tells the death (its subject is the one harmed, or an auxiliary comes before
   * it), not the relative's harm; else the relative's predicate.
   */
  private static Match mainDeath(List<Token> t, List<Match> preds, List<Match> cues, List<NumberPhrase> numbers,
      Match relative) {
    Match main = forward(t, preds, cues, numbers, relative.end() - 1, t.size());
    if (main == null || main.phrase().nominal() || main.start() < relative.end()
        || !main.phrase().victimSubject() && !auxiliaryBefore(cues, main.start())
        || FigureVocabulary.metric(main, false) != Metric.KILLED) {
      return relative;
    }
    return main;
  }

  /**
   * The predicate of a relative clause right after a singular's noun, "a woman who was shot", "a man who
   * died": after the relative pronoun ("relative" cues), degree adverbs, "had"/"has" and auxiliaries, a passive
   * predicate or one whose subject is the one harmed ("died"); or a participle right after the noun, a relative
   * clause without its pronoun ("identified a woman shot to death"); else null.
   */
  private static Match relativePredicate(List<Match> cues, List<Match> preds, int head) {
    Match rel = startsAt(cues, head + 1, "relative");
    if (rel == null) {
      Match reduced = null; // "identified a woman shot to death": a participle right after the noun
      for (Match m : preds) {
        if (m.start() == head + 1 && !m.phrase().nominal() && (reduced == null || m.end() > reduced.end())) {
          reduced = m;
        }
      }
      return reduced;
    }
    int k = rel.end();
    boolean passive = false;
    while (true) {
      Match aux = startsAt(cues, k, "auxiliary");
      Match skip = aux != null ? aux : startsAt(cues, k, "degree") != null ? startsAt(cues, k, "degree")
          : startsAt(cues, k, "passed");
      if (skip == null) {
        break;
      }
      passive |= aux != null;
      k = skip.end();
    }
    Match best = null;
    for (Match m : preds) {
      if (m.start() == k && (passive || m.phrase().victimSubject()) && (best == null || m.end() > best.end())) {
        best = m;
      }
    }
    return best;
  }

  /**
   * "a double homicide", "Quadruple shooting in park": a harm noun that names how many ({@link
   * FigureVocabulary#multiples}) is a count of its metric, when the sentence reads none of that metric; a
   * shooting's count is of people hit, less the sentence's dead wherever they stand ("One dead in quadruple
   * shooting": three injured). Not in a negated, hypothetical or other-incident clause.
   */
  private static List<Read> multiples(List<Token> t, FigureVocabulary v, List<Match> cues, List<Read> reads) {
    List<Read> out = new ArrayList<>(reads);
    for (Match m : v.multiples(t)) {
      String[] value = m.value().split(" ");
      Metric metric = Metric.of(value[0]);
      int from = clauseStart(t, m.start());
      int to = clauseEnd(t, m.end());
      if (out.stream().anyMatch(r -> r.metric() == metric) || inRange(cues, "negation", from, to)
          || inRange(cues, "modal", from, to) || before(cues, "other-incident", m.start())) {
        continue;
      }
      long count = Long.parseLong(value[1]);
      Read dead = m.phrase().hit() ? out.stream().filter(r -> r.metric() == Metric.KILLED).findFirst().orElse(null)
          : null;
      if (dead != null && dead.value() >= count) {
        continue; // "two dead in double shooting": none of those hit lived
      }
      // "One dead in quadruple shooting": the count names everyone hit, the dead of the sentence come out
      out.add(new Read(metric, count - (dead == null ? 0 : dead.value()), Qualifier.EXACT, null, false, "",
          text(t, m), t.get(m.start()).start(), true, false, false, false, m.phrase().hit() && dead == null));
    }
    return out;
  }

  /**
   * "Teen fatally shot in park", "Police: Man, woman killed in crash", "Boy, 15, dies after shooting": in a
   * headline of a language that drops the article there ("bare-headline" cue), a singular people noun opening
   * the headline or a part of it after a colon or a spaced dash (after up to two capitalised modifiers:
   * "Houston man"), and singulars listed after it with commas or "and", followed by a predicate (past an age
   * between commas or in parentheses, degree adverbs and auxiliaries): one count of one per noun. Not when the
   * predicate has an object ("Man kills wife": he is the agent), nor in a negated or hypothetical clause.
   */
  private static List<Read> bareSingulars(Sentence s, List<Token> t, List<Match> preds, List<Match> people,
      List<Match> cues, List<NumberPhrase> numbers) {
    List<Read> out = new ArrayList<>();
    for (int k = 0; k < t.size(); k++) {
      if (k > 0 && !t.get(k - 1).text().equals(":") && !spacedDash(t, k - 1)) {
        continue;
      }
      Match age = age(t, cues, k); // "16-year-old boy shot", "3-year-old dies": an age may open the noun
      int from = age == null ? k : age.end();
      Match person = null;
      for (int p = from; p < Math.min(t.size(), from + 3) && person == null; p++) {
        person = startsAt(people, p, null);
        if (person == null && (!capitalisedWord(t, p) || isNumber(numbers, p) || startsAt(preds, p, null) != null
            || startsAt(cues, p, null) != null)) {
          break;
        }
      }
      if (person == null && age != null && from < t.size() && (startsAt(preds, from, null) != null
          || startsAt(cues, from, "degree") != null || startsAt(cues, from, "auxiliary") != null)) {
        person = age; // "9-year-old shot in park": the age is the person
      }
      if (person == null || !singularForm(t, person) || isNumber(numbers, person.start())) {
        continue;
      }
      int count = 1;
      int e = person.end();
      while (e + 1 < t.size()) { // "Man, woman killed", "Mother and son found dead"
        int q = e + (t.get(e).text().equals(",") || t.get(e).text().equals("&") ? 1 : 0);
        q += q < t.size() && startsAt(cues, q, "and") != null ? 1 : 0;
        Match next = q > e && q < t.size() ? startsAt(people, q, null) : null;
        if (next == null || !singularForm(t, next)) {
          break;
        }
        count++;
        e = next.end();
      }
      if (e + 2 < t.size() && (t.get(e).text().equals(",") && t.get(e + 2).text().equals(",")
          || t.get(e).text().equals("(") && t.get(e + 2).text().equals(")")) && isNumber(numbers, e + 1)) {
        e += 3; // "Boy, 15, dies", "Man (31) shot"
      }
      while (e < t.size() && (startsAt(cues, e, "degree") != null || startsAt(cues, e, "auxiliary") != null)) {
        e = startsAt(cues, e, "degree") != null ? e + 1 : startsAt(cues, e, "auxiliary").end();
      }
      Match pred = null;
      for (Match m : preds) {
        if (m.start() == e && (pred == null || m.end() > pred.end())) {
          pred = m; // the longer: "shot and killed", not "shot"
        }
      }
      Match died = headlineDeath(t, preds, people, cues, numbers, pred == null ? e : pred.end());
      if (died != null && (pred == null || FigureVocabulary.metric(pred) != Metric.KILLED)) {
        pred = died; // "Teen shot in park dies", "Victim in Friday shooting dies": the noun's own verb is the last
      }
      if (pred == null || pred.end() < t.size() && (startsAt(people, pred.end(), null) != null
          || startsAt(cues, pred.end(), "one-possessive") != null
          || agent(t, preds, cues, numbers, e - 1, pred))) {
        continue;
      }
      int clauseEnd = clauseEnd(t, pred.end());
      if (inRange(cues, "negation", k, clauseEnd) || inRange(cues, "modal", k, clauseEnd)
          || inRange(cues, "other-incident", k, pred.start())) {
        continue;
      }
      if (self(cues, pred) != null && (startsAt(cues, person.start(), "attacker") != null
          || startsAt(cues, person.end() - 1, "attacker") != null)) {
        continue; // "A gunman shot himself": the attacker's own shot, not a victim's
      }
      boolean troops = person.value().equals("troops");
      Metric metric = FigureVocabulary.metric(pred, troops);
      if (metric == null || metric == Metric.TROOPS || out.stream().anyMatch(r -> r.metric() == metric)) {
        continue;
      }
      int first = age != null ? k : person.start();
      String subject = s.text().substring(t.get(first).start() - s.start(), t.get(person.end() - 1).end() - s.start());
      out.add(new Read(metric, count, Qualifier.EXACT, null, troops, subject, text(t, pred), t.get(first).start(),
          true, false, false, true, pred.phrase().hit()));
    }
    return out;
  }

  /**
   * A death predicate whose subject is the one harmed ("victim" predicates: "dies", "succumbs") ending a
   * headline clause from token {@code from} within a few words, with no count, people noun, clause opener or
   * "and" before it: the main verb of a headline subject that a participle or a phrase describes.
   */
  private static Match headlineDeath(List<Token> t, List<Match> preds, List<Match> people, List<Match> cues,
      List<NumberPhrase> numbers, int from) {
    int end = Math.min(clauseEnd(t, from), from + 8);
    for (int k = from; k < end; k++) {
      if (isNumber(numbers, k) || startsAt(people, k, null) != null || startsAt(cues, k, "opener") != null
          || startsAt(cues, k, "and") != null) {
        return null;
      }
      for (Match m : preds) {
        if (m.start() == k && m.phrase().victimSubject() && FigureVocabulary.metric(m) == Metric.KILLED) {
          return m;
        }
      }
    }
    return null;
  }

  /** A hyphen standing alone between spaces, used as a dash ("SPRINGFIELD, Ill. - A man ..."). */
  private static boolean spacedDash(List<Token> t, int k) {
    return t.get(k).text().equals("-") && k > 0 && t.get(k - 1).end() < t.get(k).start()
        && (k + 1 >= t.size() || t.get(k).end() < t.get(k + 1).start());
  }

  /** The unit of an age written at token {@code k} ("16-year-old": digits, a hyphen, a unit), or null. */
  private static Match age(List<Token> t, List<Match> cues, int k) {
    return k + 2 < t.size() && t.get(k).text().chars().allMatch(Character::isDigit)
        && t.get(k + 1).text().equals("-") ? startsAt(cues, k + 2, "unit") : null;
  }

  /**
   * An age standing for a person right after an article, "a 17-year-old" (a number, a hyphen and a unit
   * cue) followed by an auxiliary or a predicate, past degree adverbs ("a 2-year-old accidentally shot
   * himself"): the unit's match, or null.
   */
  private static Match ageAlone(List<Token> t, List<Match> cues, List<Match> preds, int k) {
    if (k + 3 >= t.size() || !t.get(k + 1).text().equals("-")) {
      return null;
    }
    Match unit = startsAt(cues, k + 2, "unit");
    int next = k + 3;
    while (next < t.size() && startsAt(cues, next, "degree") != null) {
      next++; // "A 2-year-old accidentally shot himself"
    }
    return unit != null && (startsAt(cues, next, "auxiliary") != null || startsAt(preds, next, null) != null)
        ? unit : null;
  }

  /** True when the people noun matched is written in its listed (singular) form: "son", not "sons". */
  private static boolean singularForm(List<Token> t, Match person) {
    List<FigureVocabulary.Element> words = person.phrase().elements();
    return words.get(words.size() - 1).lower().equals(t.get(person.end() - 1).lower());
  }

  /** True when predicate {@code pred} opens at token {@code k}, after degree adverbs or an auxiliary. */
  private static boolean predicateNext(List<Match> cues, int k, Match pred) {
    int at = k;
    while (startsAt(cues, at, "degree") != null || startsAt(cues, at, "auxiliary") != null) {
      at = startsAt(cues, at, "degree") != null ? at + 1 : startsAt(cues, at, "auxiliary").end();
    }
    return pred.start() == at;
  }

  /**
   * The people nouns listed after a possessive's ("killed his wife, son and daughter"): from token {@code k},
   * each after a comma or "and" (a possessive may repeat: "his mother and his aunt"), in its singular form.
   */
  private static int possessiveList(List<Token> t, List<Match> cues, List<Match> people, int k) {
    int more = 0;
    while (k < t.size()) {
      int n = k;
      n += t.get(n).text().equals(",") ? 1 : 0;
      n += n < t.size() && startsAt(cues, n, "and") != null ? 1 : 0;
      if (n == k) {
        break;
      }
      n += n < t.size() && startsAt(cues, n, "one-possessive") != null ? 1 : 0;
      Match person = n < t.size() ? startsAt(people, n, null) : null;
      if (person == null || !singularForm(t, person)) {
        break;
      }
      more++;
      k = person.end();
    }
    return more;
  }

  /**
   * 1 when "and" and a singular follow ("killed a man and his wife", "injured a 39-year-old man and a
   * 26-year-old man"; {@link #singularEnd}), within the clause.
   */
  private static int kinConjunct(List<Token> t, List<Match> cues, List<Match> people, int k) {
    return k + 1 < t.size() && startsAt(cues, k, "and") != null
        && singularEnd(t, cues, people, k + 1, clauseEnd(t, k + 1)) > 0 ? 1 : 0;
  }

  /**
   * The first predicate after token {@code head}, up to {@code limit}: not past a clause opener or a count
   * with a verb of its own, nor past a clause boundary unless an apposition opens after it ("Nine suspects,
   * including two women, were arrested"; "A cadre, identified as X, was arrested"), nor one in a phrase
   * about another incident.
   */
  private static Match forward(List<Token> t, List<Match> preds, List<Match> cues, List<NumberPhrase> numbers,
      int head, int limit) {
    return forward(t, preds, cues, numbers, head, limit, false);
  }

  /**
   * As above; with {@code counted} (a count written as a number), a verb of those accused or held ends the search
   * unless an auxiliary of its own leads to the predicate.
   */
  private static Match forward(List<Token> t, List<Match> preds, List<Match> cues, List<NumberPhrase> numbers,
      int head, int limit, boolean counted) {
    boolean apposition = false;
    boolean background = false;
    boolean relative = false;
    boolean verbPhrase = false;
    int accused = -1;
    for (int k = head + 1; k < Math.min(Math.min(limit, t.size()), head + 1 + FORWARD + 8); k++) {
      // "Four people were shot and one was killed", "... and two of them died": past the count's own verb
      // phrase, "and" with a count (or a pronoun for one) opens another subject with its own predicate
      verbPhrase |= startsAt(cues, k, "auxiliary") != null;
      if (verbPhrase && !apposition && startsAt(cues, k, "and") != null && k + 1 < t.size()
          && (startsNumber(numbers, k + 1) || startsAt(cues, k + 1, "one-pronoun") != null)) {
        return null;
      }
      // "Five people were hit, including one who was pronounced dead": the relative's predicate is the
      // part's, not the count's
      relative |= apposition && startsAt(cues, k, "relative") != null;
      // "A cadre wanted for the killing of three policemen was arrested": past an other-incident cue, only a
      // predicate after an auxiliary is the count's own
      background |= startsAt(cues, k, "other-incident") != null;
      if (t.get(k).text().equals("(")) {
        int close = k + 1;
        while (close < t.size() && close < k + 8 && !t.get(close).text().equals(")")) {
          close++;
        }
        if (close < t.size() && t.get(close).text().equals(")")) {
          k = close; // "identified as Venka Reddy (52), was killed": an aside in parentheses
          continue;
        }
      }
      if (boundary(t.get(k))) {
        if (apposition) {
          apposition = false;
          relative = false;
          continue;
        }
        if (t.get(k).text().equals(",") && k + 1 < t.size() && (startsAt(cues, k + 1, "apposition") != null
            || hasObjectCues(cues) && nameEnd(t, null, k + 1) > 0)) {
          // "Two cadres, Sanjay Singh and Lal Bihari, were killed": a name set off by commas
          apposition = true;
          continue;
        }
        return null;
      }
      if (!apposition && (startsAt(cues, k, "opener") != null || ownVerb(numbers, preds, k))) {
        return null;
      }
      Match m = startsAt(preds, k, null);
      // "Two teens charged in the killing": past a verb that names those accused or held, the first predicate is
      // the count's own only after an auxiliary of its own ("charged in the robbery were wounded"); a harm word
      // otherwise names the crime
      if (counted && accused < 0 && m == null && !apposition && startsAt(cues, k, "accused") != null) {
        accused = k;
      }
      if (accused >= 0 && m != null) {
        return auxiliaryBetween(cues, accused + 1, k) || startsAt(cues, k, "auxiliary") != null ? m : null;
      }
      if (m != null && m.phrase().nominal() && k > head + 1 && !auxiliaryBefore(cues, k)
          && (startsAt(cues, k - 1, "object") != null || capitalisedWord(t, k - 1))) {
        continue; // "four Maoists accosted him and shot him dead": a result of another verb, not theirs
      }
      if (m != null && m.end() - m.start() > 1 && startsAt(cues, m.end() - 1, "partitive") != null) {
        continue; // "three men were charged in the shooting death of a girl": its victims follow it
      }
      if (m != null && !relative && (!apposition && !background || auxiliaryBefore(cues, k))) {
        return m;
      }
    }
    return null;
  }

  /** An auxiliary that starts at or after {@code from} and ends right before {@code k}, or one token before. */
  private static boolean auxiliaryBetween(List<Match> cues, int from, int k) {
    for (Match c : cues) {
      if (c.value().equals("auxiliary") && c.start() >= from && c.end() <= k && c.end() >= k - 1) {
        return true;
      }
    }
    return false;
  }

  private static boolean auxiliaryBefore(List<Match> cues, int k) {
    for (Match c : cues) {
      if (c.value().equals("auxiliary") && c.end() <= k && c.end() >= k - 2) {
        return true;
      }
    }
    return false;
  }

  private static Read read(Sentence s, List<Token> t, NumberPhrase n, List<NumberPhrase> numbers,
      List<Match> preds, List<Match> people, List<Match> cues, Read before, int beforeLast, boolean revised,
      String home) {
    int first = n.firstToken();
    int last = n.lastToken();
    if (n.isRange() && n.upper() < n.value() || notACount(t, s.lang(), first, last)
        || last + 1 < t.size() && startsAt(cues, last + 1, "unit") != null
        || cueEndsAt(cues, first, "subset", 2) || cueEndsAt(cues, first, "increment", 1) && !objectOfVerb(cues, preds, first)
        || cueEndsAt(cues, first, "not-count", 1) || before(cues, "other-incident", first)
        || startsAt(cues, last + 1, "not-people") != null
        || byAgent(t, cues, preds, first)
        || otherRelative(cues, preds, first) || inParenthesis(t, numbers, first)) {
      return null;
    }
    // "one of them critically injured": a part of a group counted before; not "killed two of them"
    boolean partOf = startsAt(cues, last + 1, "subset") != null && startsAt(cues, last + 1, "partitive") != null
        && activeBefore(preds, numbers, cues, first, clauseStart(t, first)) == null;
    int clauseStart = clauseStart(t, first);
    int clauseEnd = clauseEnd(t, last + 1);
    int scopeStart = scopeStart(cues, first, clauseStart);
    int scopeEnd = scopeEnd(cues, last + 1, clauseEnd);
    if (historical(t, cues, first, clauseStart, clauseEnd)) {
      return null;
    }
    // a negation after the count reaches only up to its predicate ("45 were arrested and no injuries were
    // reported" keeps the 45; "12 people were not hurt" does not)
    Match nextPred = firstPredicateIn(preds, last + 1, scopeEnd);
    int negationEnd = nextPred == null ? scopeEnd : nextPred.start();
    if (inRange(cues, "modal", scopeStart, scopeEnd) || inRange(cues, "negation", scopeStart, first)
        || inRange(cues, "negation", last + 1, negationEnd) || inRange(cues, "combined", last + 1, clauseEnd)) {
      return null;
    }
    if (partOf) {
      return partDied(t, n, numbers, preds, cues, before);
    }
    boolean earlier = cueEndsAt(cues, first, "previous", 1) || earlierCue(cues, numbers, clauseStart, first);
    // the count's own phrase: partitives, adjectives, nationality words, then its head noun
    int j = last + 1;
    boolean own = false;
    boolean ofThe = false;
    for (int p = 0; p < 2 && j < t.size() && startsAt(cues, j, "partitive") != null; p++) {
      own |= startsAt(cues, j, "own") != null;
      ofThe |= startsAt(cues, j, "part-of") != null;
      j = startsAt(cues, j, "partitive").end();
    }
    String side = null;
    Metric metric = null;
    String cue = null;
    boolean hit = false;
    boolean verbal = false;
    boolean troops = false;
    int conjuncts = 0;
    boolean one = false;
    int head = -1;
    boolean byVictim = false;
    int reach = j + NOUN_REACH;
    for (int k = j; k < Math.min(t.size(), reach) && (k < clauseEnd || aside(t, k) > 0); k++) {
      int close = aside(t, k);
      if (close > 0) {
        // "12 Special Task Force (STF) personnel": an abbreviation in parentheses inside the count's phrase
        reach += close - k + 1;
        clauseEnd = clauseEnd(t, close + 1);
        k = close;
        continue;
      }
      Match person = startsAt(people, k, null);
      Match pred = nominalAt(preds, k);
      pred = pred == null ? startsAt(preds, k, null) : pred;
      if (pred != null && pred.phrase().nominal()) {
        if (ofThe) {
          return null; // "17 of the injured": a part of a count already given
        }
        if (byVictim) {
          break; // "three died of their injuries": the verb names them, the noun after it the cause
        }
        metric = FigureVocabulary.metric(pred);
        cue = text(t, pred);
        hit = pred.phrase().hit();
        head = pred.end() - 1;
        break;
      }
      if (person != null) {
        troops = person.value().equals("troops");
        head = person.end() - 1;
        break;
      }
      String iso = Countries.iso(t.get(k).text(), s.lang());
      if (iso != null) {
        side = iso;
        head = k;
        if (k + 1 >= t.size() || !letters(t.get(k + 1)) || startsAt(cues, k + 1, "auxiliary") != null
            || startsAt(preds, k + 1, null) != null) {
          break; // "Five Georgians were injured": the nationality word is the people noun
        }
        continue;
      }
      if (pred != null) {
        if (ofThe) {
          return null; // "nine of the injured were in serious condition"
        }
        if (!byVictim) { // "three died of gunshot wounds": the cause after "died" does not name them
          metric = FigureVocabulary.metric(pred);
          cue = text(t, pred);
          hit = pred.phrase().hit();
          byVictim = pred.phrase().victimSubject();
        }
        k = pred.end() - 1;
        continue;
      }
      if (isNumber(numbers, k) || startsAt(cues, k, "link") != null || !letters(t.get(k))) {
        break;
      }
      if (head >= 0 && k + 1 < Math.min(t.size(), clauseEnd) && startsAt(people, k + 1, null) != null) {
        continue; // "13 Tajik border guards", "200 Myanmar army soldiers": a modifier before the people noun
      }
      if (head >= 0) {
        head = -1; // "12 Australian dollars": a nationality word before a noun that is no people noun
        side = null;
        break;
      }
    }
    // "10 killed", "11 tués": right after the count, the verb names those counted
    int jv = j;
    while (startsAt(cues, jv, "degree") != null) {
      jv++; // "two critically injured"
    }
    boolean participle = head < 0 && metric != null && jv < t.size() && startsAt(preds, jv, null) != null;
    if (head < 0 && metric == null) {
      // "claiming 19 lives": a predicate around the count, its noun part of the predicate
      for (Match m : preds) {
        if (m.start() < first && m.start() >= clauseStart && m.end() == last + 2 && !m.phrase().nominal()) {
          metric = FigureVocabulary.metric(m);
          cue = text(t, m);
          hit = m.phrase().hit();
          participle = metric != null;
        }
      }
    }
    verbal = participle;
    // "at least 20 were injured": a count with no noun, subject of a passive after it
    boolean passiveSubject = head < 0 && j < clauseEnd && startsAt(cues, j, "auxiliary") != null;
    boolean bare = head < 0 && !participle && !passiveSubject
        && (j >= clauseEnd || startsAt(cues, j, "link") != null || !letters(t.get(j)));
    if (head < 0 && !bare && !participle && !passiveSubject) {
      return null;
    }
    if (first > 0 && startsAt(cues, first - 1, "anaphor") != null) {
      return null; // "the 49 soldiers": a count already given
    }
    int after = head < 0 ? last + 1 : head + 1;
    if (side == null && after < clauseEnd) {
      // a nationality right after the noun ("pèlerins sénégalais") or after a side word ("13 côté tadjik")
      Match sideWord = startsAt(cues, after, "side");
      int k = sideWord == null ? after : sideWord.end();
      side = k < clauseEnd ? Countries.iso(t.get(k).text(), s.lang()) : null;
    }
    if (metric == null && bare) {
      Match pred = activeBefore(preds, numbers, cues, first, clauseStart);
      if (pred != null) {
        metric = FigureVocabulary.metric(pred, troops);
        cue = text(t, pred);
        hit = pred.phrase().hit();
        verbal = true;
      }
    } else if (metric == null) {
      Match pred = predicate(t, preds, numbers, cues, first, head < 0 ? last : head, clauseStart, clauseEnd);
      if (pred != null && pred.start() > last && inRange(cues, "negation", last + 1, pred.start())) {
        return null; // "two other children were also home but were not injured"
      }
      if (pred != null) {
        metric = FigureVocabulary.metric(pred, troops);
        cue = text(t, pred);
        hit = pred.phrase().hit();
        verbal = !pred.phrase().nominal() && (head >= 0 || pred.end() <= first);
        if (head >= 0 && pred.start() > head) {
          // "Four policemen and a civilian were killed", "A guard and two inmates were killed": a singular
          // coordinated with the count under the same predicate is one more
          conjuncts = singularConjunct(t, cues, people, head + 1, pred.start(), false)
              + singularConjunct(t, cues, people, clauseStart, first, true);
        }
        if (head >= 0 && oneOf(cues, numbers, first)) {
          // "One of five people shot at the bar has died": the count names the group, the predicate after
          // it is the one's; "One of four women wounded in the attack has died": the group's own participle
          // is passed for the death after it
          Match death = pred.start() > head + 1 ? null : laterDeath(preds, pred.end(), clauseEnd);
          one = pred.start() > head + 1 || death != null;
          metric = death == null ? metric : Metric.KILLED;
          cue = death == null ? cue : text(t, death);
          hit &= death == null;
        }
      }
    }
    if (metric == null && bare && inRange(cues, "toll", clauseStart, clauseEnd)) {
      // "the number of people injured rose to 41", "raised the number of Armenian troops killed to 105": the
      // tally's own phrase, between the tally noun and the count, names the metric and whose count it is
      // ("revised down to three the number of people killed": the tally may follow the count)
      Match toll = firstIn(cues, "toll", clauseStart, clauseEnd);
      int from = toll == null ? clauseStart : toll.end();
      int to = toll == null || toll.end() <= first ? first : clauseEnd;
      Match nominal = nominalIn(preds, clauseStart, clauseEnd);
      Match named = toll == null ? null : firstPredicateIn(preds, from, to);
      Match pred = nominal != null ? nominal : named;
      if (pred != null) {
        metric = FigureVocabulary.metric(pred);
        cue = text(t, pred);
        hit = pred.phrase().hit();
        for (int k = from; k < to; k++) {
          Match person = startsAt(people, k, null);
          troops |= person != null && person.value().equals("troops");
          String iso = person == null && k + 1 < to && startsAt(people, k + 1, null) != null
              ? Countries.iso(t.get(k).text(), s.lang()) : null;
          side = side == null ? iso : side; // "Armenian troops", not a place ("in northern Germany")
        }
      }
    }
    if (metric == null && before != null && first > 0 && first - 1 > beforeLast
        && first - 1 <= beforeLast + 5 && startsAt(cues, first - 1, "link") != null) {
      metric = before.metric(); // "24 morts côté kirghiz et 13 côté tadjik"
      troops = before.troops();
      cue = before.cue();
      hit = before.hit();
    }
    if (metric == null || metric == Metric.TROOPS && !troops || twoSides(t, s.lang(), head, clauseEnd)) {
      return null;
    }
    if (metric.cumulative() && last + 1 < t.size() && startsAt(cues, last + 1, "increment-after") != null) {
      return null; // "three more bodies"; but "two more were still missing" is who remains missing
    }
    if (side == null && (troops || own)) {
      side = speaker(t, cues, s.lang(), first);
    }
    if (side == null && troops) {
      side = home;
    }
    Qualifier q = qualifier(n);
    String subject = head <= last ? "" : s.text().substring(t.get(last + 1).start() - s.start(),
        t.get(head).end() - s.start());
    // "Four others were shot": people hit who are others than the dead told before; none of them died
    // ("The other three victims were hospitalized", "nine additional victims"), nor those told alive ("in stable
    // condition", "non-life-threatening injuries")
    boolean others = head >= 0 && inRange(cues, "others", first, head + 1) || cueEndsAt(cues, first, "others", 1)
        || inRange(cues, "alive", clauseStart, clauseEnd(t, last + 1));
    return new Read(metric, one ? 1 : n.value() + conjuncts, one ? Qualifier.EXACT : q, side, troops, subject,
        cue, n.start(), verbal, earlier, revised, false, hit && !others);
  }

  /** The first death predicate, not nominal, from token {@code from} up to {@code to}, or null. */
  private static Match laterDeath(List<Match> preds, int from, int to) {
    for (Match m : preds) {
      if (m.start() >= from && m.end() <= to && !m.phrase().nominal()
          && FigureVocabulary.metric(m) == Metric.KILLED) {
        return m;
      }
    }
    return null;
  }

  /** True when the count at {@code first} follows a count of one and a partitive ("one of five people"). */
  private static boolean oneOf(List<Match> cues, List<NumberPhrase> numbers, int first) {
    return first >= 2 && startsAt(cues, first - 1, "partitive") != null
        && numbers.stream().anyMatch(n -> n.value() == 1 && n.lastToken() == first - 2);
  }

  /**
   * 1 when a singular is coordinated with a count: after it, tokens {@code from..to} (exclusive, up to its
   * predicate) are "and", a singular ({@link #singularEnd}) and auxiliaries ("... and a civilian were
   * killed", "... and a 19-year-old man were hurt"); or, {@code opening}, tokens {@code from..to} (up to the
   * count) are a singular with its article and "and" ("A guard and two inmates ...", "A 17-year-old boy and
   * three women ..."). Else 0.
   */
  private static int singularConjunct(List<Token> t, List<Match> cues, List<Match> people, int from, int to,
      boolean opening) {
    if (opening) {
      int end = startsAt(cues, from, "one") == null ? -1 : singularEnd(t, cues, people, from, to);
      return end > 0 && end + 1 == to && startsAt(cues, end, "and") != null ? 1 : 0;
    }
    if (from >= to || startsAt(cues, from, "and") == null) {
      return 0;
    }
    int after = singularEnd(t, cues, people, from + 1, to);
    if (after < 0) {
      return 0;
    }
    while (after < to && (startsAt(cues, after, "auxiliary") != null || startsAt(cues, after, "degree") != null
        || startsAt(cues, after, "passed") != null)) {
      after++;
    }
    return after == to ? 1 : 0;
  }

  /**
   * Where a singular noun phrase opening at token {@code k} ends (exclusive), or -1: an indefinite article
   * ("one" cue) or a possessive ("one-possessive", "own" cues), then up to six words or age tokens ("a
   * 19-year-old man", "his infant son", "a teenage girl") ending in a people noun; with no determiner, a people
   * noun right at {@code k} ("a mother and son": the article is shared). After a possessive or none, the noun
   * is in its singular form ("his sons" are no count of one). Not past {@code to}.
   */
  private static int singularEnd(List<Token> t, List<Match> cues, List<Match> people, int k, int to) {
    if (k >= to) {
      return -1;
    }
    Match article = startsAt(cues, k, "one");
    Match possessive = article != null ? null : startsAt(cues, k, "one-possessive");
    possessive = article != null || possessive != null ? possessive : startsAt(cues, k, "own");
    int from = article != null ? article.end() : possessive != null ? possessive.end() : k;
    if (article != null && from + 3 <= to && t.get(from).text().chars().allMatch(Character::isDigit)
        && t.get(from + 1).text().equals("-") && startsAt(cues, from + 2, "unit") != null
        && (from + 3 == to || startsAt(people, from + 3, null) == null)) {
      return from + 3; // "three adults and a 3-year-old were shot": the age stands for the person
    }
    int reach = article == null && possessive == null ? k + 1 : Math.min(to, from + 7);
    for (int m = from; m < Math.min(to, reach); m++) {
      Match person = startsAt(people, m, null);
      if (person != null) {
        while (person.end() < to && startsAt(people, person.end(), null) != null) {
          person = startsAt(people, person.end(), null); // "teenage girl": the last people noun is the head
        }
        return article == null && !singularForm(t, person) ? -1 : person.end();
      }
      String w = t.get(m).text();
      boolean ageToken = w.equals("-") || w.chars().allMatch(Character::isDigit);
      if (!letters(t.get(m)) && !ageToken || startsAt(cues, m, "and") != null
          || startsAt(cues, m, "auxiliary") != null) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whose count "its soldiers", "their dead" or a troops count is: the country named before the count that
   * speaks (a "say" cue follows it closely: "Azerbaijan said it had lost 50 troops"), else the first country
   * named before it. Countries by name, nationality word or capital ("Baku said").
   */
  private static String speaker(List<Token> t, List<Match> cues, String lang, int before) {
    String first = null;
    String sayer = null;
    for (int k = 0; k < before; k++) {
      String iso = Countries.iso(t.get(k).text(), lang);
      if (iso == null && k + 1 < before) {
        iso = Countries.iso(t.get(k).text() + " " + t.get(k + 1).text(), lang);
      }
      if (iso == null && Character.isUpperCase(t.get(k).text().charAt(0))) {
        iso = Places.capitalIso(t.get(k).text());
      }
      if (iso == null) {
        continue;
      }
      first = first == null ? iso : first;
      for (int m = k + 1; m < Math.min(before, k + 7); m++) {
        if (boundary(t.get(m))) {
          break;
        }
        if (startsAt(cues, m, "say") != null) {
          sayer = iso;
          break;
        }
      }
    }
    return sayer != null ? sayer : first;
  }

  /**
   * A historical cue ("ten years ago", "last year", "anniversary") before the count in its sentence or after it
   * in its clause sets the count in the past; one after the count past a clause break ("87,000 were evacuated,
   * after the lessons of last year's typhoon") does not, nor one that starts a span ("since last week").
   */
  private static boolean historical(List<Token> t, List<Match> cues, int first, int clauseStart, int clauseEnd) {
    for (Match c : cues) {
      if (!c.value().equals("historical") || c.start() >= clauseEnd
          || c.start() >= first && c.start() < clauseStart) {
        continue;
      }
      boolean span = false;
      for (Match sp : cues) {
        span |= sp.value().equals("span") && sp.end() <= c.start() && sp.end() >= c.start() - 6;
      }
      if (!span) {
        return true;
      }
    }
    return false;
  }

  /**
   * "killed an officer and injured another 16 policemen": an increment cue right after an active verb opens
   * its object, "16 others", not an addition to a toll ("Another 12 people were killed").
   */
  private static boolean objectOfVerb(List<Match> cues, List<Match> preds, int first) {
    for (Match c : cues) {
      if (c.value().equals("increment") && c.end() == first) {
        for (Match m : preds) {
          if (m.end() == c.start() && !m.phrase().nominal()) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * "was shot dead by a group of about 30 cadres", "killed by 8-10 gunmen": a count in the agent phrase of a
   * passive ("agent-by" cue within four tokens before it, no predicate between) counts the attackers.
   */
  private static boolean byAgent(List<Token> t, List<Match> cues, List<Match> preds, int first) {
    for (Match c : cues) {
      if (c.value().equals("agent-by") && c.end() <= first && c.end() >= first - 4
          && firstPredicateIn(preds, c.end(), first) == null && !boundaryBetween(t, c.end(), first)
          && firstIn(cues, "link", c.end(), first) == null) { // not "displaced by the cyclone fell to 40,000"
        return true;
      }
    }
    return false;
  }

  private static boolean boundaryBetween(List<Token> t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (boundary(t.get(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Police had earlier said four ...", "Earlier reports that 20 people had died were wrong and 14 ...": an
   * earlier-value cue in the clause before the count, with no other count between them (it binds the first).
   */
  private static boolean earlierCue(List<Match> cues, List<NumberPhrase> numbers, int clauseStart, int first) {
    for (Match c : cues) {
      if (c.value().equals("earlier") && c.start() >= clauseStart && c.end() <= first
          && !numberBetween(numbers, c.end(), first)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "the violence outside parliament, in which two protesters were killed" names the story's own event; but
   * after a harm predicate of its own ("arrested a cadre wanted for an ambush in which six were killed") a
   * relative "in which" tells an earlier incident.
   */
  private static boolean otherRelative(List<Match> cues, List<Match> preds, int at) {
    for (Match c : cues) {
      if (c.value().equals("other-relative") && c.end() <= at) {
        for (Match p : preds) {
          if (p.end() <= c.start()) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * "Three people - one guard and two inmates - were killed": a count inside a dash parenthetical that
   * follows another count is its breakdown, not a figure.
   */
  private static boolean inParenthesis(List<Token> t, List<NumberPhrase> numbers, int at) {
    int open = -1;
    for (int k = at - 1; k >= 0 && open < 0; k--) {
      if (dash(t.get(k))) {
        open = k;
      } else if (boundary(t.get(k)) || t.get(k).text().equals(".")) {
        return false;
      }
    }
    if (open < 0 || !numberBetween(numbers, Math.max(0, open - NOUN_REACH - 1), open)) {
      return false;
    }
    for (int k = at + 1; k < t.size(); k++) {
      if (dash(t.get(k))) {
        return true;
      }
      if (boundary(t.get(k))) {
        return false;
      }
    }
    return false;
  }

  /**
   * The closing parenthesis of an aside of one to three words, no digits, opening at token {@code k} ("(STF)",
   * "(SF)"), or -1.
   */
  private static int aside(List<Token> t, int k) {
    if (k >= t.size() || !t.get(k).text().equals("(")) {
      return -1;
    }
    for (int c = k + 1; c < Math.min(t.size(), k + 5); c++) {
      String x = t.get(c).text();
      if (x.equals(")")) {
        return c > k + 1 ? c : -1;
      }
      if (!letters(t.get(c)) && !x.equals("-") || x.chars().anyMatch(Character::isDigit)) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean dash(Token tok) {
    String s = tok.text();
    return s.equals("-") || s.equals("\u2013") || s.equals("\u2014");
  }

  /**
   * The start of the scope of a negation or modal before a count: its clause, from after the last clause
   * opener or coordinating "but" before it ("gave no estimate of the crowd but said 12 had been detained").
   */
  private static int scopeStart(List<Match> cues, int first, int clauseStart) {
    int from = clauseStart;
    for (Match c : cues) {
      if ((c.value().equals("opener") || c.value().equals("clause")) && c.start() >= clauseStart
          && c.end() <= first) {
        from = Math.max(from, c.end());
      }
    }
    return from;
  }

  /** The end of that scope after a count: its clause, up to a coordinating "but" ("12 held but none hurt"). */
  private static int scopeEnd(List<Match> cues, int from, int clauseEnd) {
    int to = clauseEnd;
    for (Match c : cues) {
      if (c.value().equals("clause") && c.start() >= from && c.start() < to) {
        to = c.start();
      }
    }
    return to;
  }

  private static Match firstIn(List<Match> cues, String kind, int from, int to) {
    for (Match m : cues) {
      if (m.value().equals(kind) && m.start() >= from && m.end() <= to) {
        return m;
      }
    }
    return null;
  }

  private static Match firstPredicateIn(List<Match> preds, int from, int to) {
    for (Match m : preds) {
      if (m.start() >= from && m.end() <= to) {
        return m;
      }
    }
    return null;
  }

  /** An active verb just before the count ("killed 11", "detuvo a entre 40 y 50"), or null. */
  private static Match activeBefore(List<Match> preds, List<NumberPhrase> numbers, List<Match> cues, int first,
      int clauseStart) {
    Match near = null;
    for (Match m : preds) {
      if (m.end() <= first && m.end() >= first - 1 && m.start() >= clauseStart && !m.phrase().nominal()
          && !numberBetween(numbers, m.end(), first) && (m.end() == first || startsAt(cues, m.end(), "and") == null
          && startsAt(cues, m.end(), "opener") == null && startsAt(cues, m.end(), "clause") == null)
          && (near == null || m.end() > near.end() || m.end() == near.end() && m.start() < near.start())) {
        near = m; // the nearest, and of two ending together the longer: "fatally wounded", not "wounded"
      }
    }
    return near;
  }

  /** The predicate of a count: an active verb just before it, else the first after it, else one before. */
  private static Match predicate(List<Token> t, List<Match> preds, List<NumberPhrase> numbers, List<Match> cues,
      int first, int head, int clauseStart, int clauseEnd) {
    Match near = activeBefore(preds, numbers, cues, first, clauseStart);
    if (near != null) {
      return near;
    }
    for (Match m : preds) {
      if (m.start() < first && m.end() > head + 1 && m.start() >= clauseStart && m.end() <= clauseEnd) {
        return m; // a predicate around the count: "nahm ... 25 Verdächtige fest"
      }
    }
    Match after = forward(t, preds, cues, numbers, head, t.size(), true);
    if (after != null) {
      return agent(t, preds, cues, numbers, head, after) ? null : after;
    }
    // a predicate before the count: not past a clause opener ("12 were killed when 150 cadres attacked") nor
    // one with a count of its own before it ("Two villagers were killed in a battle between 150 cadres")
    int scope = scopeStart(cues, first, clauseStart);
    Match back = null;
    for (Match m : preds) {
      if (m.end() <= first && m.start() >= scope && !m.phrase().nominal()
          && !numberBetween(numbers, m.end(), first) && !numberBetween(numbers, clauseStart, m.start())) {
        back = m;
      }
    }
    return back;
  }

  /**
   * "Four cadres shot dead a villager": an active verb after the count, with an object of its own and no
   * auxiliary before it; the count is its agent, not its victims. Needs the language's "object" and
   * "auxiliary" cues (a language without them never reads a count as an agent).
   */
  private static boolean agent(List<Token> t, List<Match> preds, List<Match> cues, List<NumberPhrase> numbers,
      int head, Match verb) {
    if (verb.phrase().nominal() || verb.end() >= t.size() || startsAt(cues, verb.end(), "object") == null
        && !(hasObjectCues(cues) && (capitalisedWord(t, verb.end()) || startsNumber(numbers, verb.end())))) {
      return false; // an object: "shot dead a villager", "killed Umesh Singh (35)", "beat up 12 traders"
    }
    if (verb.phrase().hit() && !startsNumber(numbers, verb.end())) {
      return true; // "50 cadres barged in and reportedly shot his son": a "hit" verb with an object is active
    }
    for (Match c : cues) {
      if (c.value().equals("auxiliary") && c.start() > head && c.end() <= verb.start()) {
        return false;
      }
    }
    return true;
  }

  private static Match nominalAt(List<Match> preds, int k) {
    for (Match m : preds) {
      if (m.start() == k && m.phrase().nominal()) {
        return m;
      }
    }
    return null;
  }

  private static Match nominalIn(List<Match> preds, int from, int to) {
    for (Match m : preds) {
      if (m.phrase().nominal() && m.start() >= from && m.end() <= to) {
        return m;
      }
    }
    return null;
  }

  private static Qualifier qualifier(NumberPhrase n) {
    Qualifier q = Qualifier.of(n.qualifier());
    return n.isRange() && q == Qualifier.EXACT ? Qualifier.AT_LEAST : q;
  }

  /**
   * Money, percentages, dates, compound modifiers ("12-hour", "49-jährige") and serial numbers: the number
   * is not a count of people.
   */
  private static boolean notACount(List<Token> t, String lang, int first, int last) {
    if (last + 1 < t.size()) {
      Token next = t.get(last + 1);
      String text = next.text();
      boolean glued = next.start() == t.get(last).end();
      if (text.equals("%") || glued && text.startsWith("-") || isCurrency(text)) {
        return true;
      }
    }
    if (first == 0) {
      return false;
    }
    int before = t.get(first - 1).text().equals(".") && first > 1 ? first - 2 : first - 1;
    return isCurrency(t.get(first - 1).text()) || Lexicon.of(lang).words("months").contains(t.get(before).lower());
  }

  private static boolean isCurrency(String s) {
    return s.length() == 1 && Character.getType(s.charAt(0)) == Character.CURRENCY_SYMBOL;
  }

  /**
   * A month named after the language's "in" cue ("in June"), with no day after it, earlier in the year than
   * the item's month: the sentence recalls an earlier event. Month names are the JDK's (CLDR) for the
   * language; a language without the cue never reads this.
   */
  private static boolean earlierMonth(List<Token> t, List<Match> cues, String lang, Integer month) {
    if (month == null) {
      return false;
    }
    for (Match c : cues) {
      if (!c.value().equals("month-in") || c.end() >= t.size()) {
        continue;
      }
      int m = monthOf(t.get(c.end()).lower(), lang);
      boolean day = c.end() + 1 < t.size() && t.get(c.end() + 1).text().chars().allMatch(Character::isDigit);
      if (m > 0 && m < month && !day) {
        return true;
      }
    }
    return false;
  }

  private static int monthOf(String word, String lang) {
    return MONTHS.computeIfAbsent(lang, FigureReader::monthNames).getOrDefault(word, 0);
  }

  /** A language's month names (standalone and in-date forms, lowercased) to their numbers, from the JDK. */
  private static Map<String, Integer> monthNames(String lang) {
    Locale locale = Locale.of(lang);
    Map<String, Integer> names = new HashMap<>();
    for (Month m : Month.values()) {
      names.put(m.getDisplayName(TextStyle.FULL_STANDALONE, locale).toLowerCase(locale), m.getValue());
      names.put(m.getDisplayName(TextStyle.FULL, locale).toLowerCase(locale), m.getValue());
    }
    return Map.copyOf(names);
  }

  /** A four-digit year in the sentence other than the item's own: the sentence recalls another time. */
  private static boolean otherYear(List<Token> t, Integer year) {
    for (Token tok : t) {
      String s = tok.text();
      if (s.length() == 5 && s.endsWith("s") && (s.startsWith("19") || s.startsWith("20"))) {
        return true; // "the 1990s"
      }
      if (s.length() == 4 && (s.startsWith("19") || s.startsWith("20")) && s.chars().allMatch(Character::isDigit)) {
        int y = Integer.parseInt(s);
        if (year == null || y < year) {
          return true;
        }
      }
    }
    return false;
  }

  private static String firstCountry(List<Token> t, String lang, int before) {
    for (int k = 0; k < before; k++) {
      String iso = Countries.iso(t.get(k).text(), lang);
      if (iso == null && k + 1 < before) {
        iso = Countries.iso(t.get(k).text() + " " + t.get(k + 1).text(), lang);
      }
      if (iso != null) {
        return iso;
      }
    }
    return null;
  }

  /** "100 troops from Armenia and Azerbaijan": a count of two sides together, no one side's figure. */
  private static boolean twoSides(List<Token> t, String lang, int head, int clauseEnd) {
    if (head < 0) {
      return false;
    }
    String one = null;
    for (int k = head + 1; k < Math.min(clauseEnd, head + 6); k++) {
      String iso = Countries.iso(t.get(k).text(), lang);
      if (iso != null && one != null && !iso.equals(one)) {
        return true;
      }
      one = iso != null ? iso : one;
    }
    return false;
  }

  /** Token {@code k} starts a count with a verb right after it ("and 10 killed"): a later predicate is its. */
  private static boolean ownVerb(List<NumberPhrase> numbers, List<Match> preds, int k) {
    for (NumberPhrase n : numbers) {
      if (n.firstToken() == k && startsAt(preds, n.lastToken() + 1, null) != null) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsNumber(List<NumberPhrase> numbers, int k) {
    for (NumberPhrase n : numbers) {
      if (n.firstToken() == k) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNumber(List<NumberPhrase> numbers, int k) {
    for (NumberPhrase n : numbers) {
      if (k >= n.firstToken() && k <= n.lastToken()) {
        return true;
      }
    }
    return false;
  }

  private static boolean numberBetween(List<NumberPhrase> numbers, int from, int to) {
    for (NumberPhrase n : numbers) {
      if (n.firstToken() >= from && n.lastToken() < to) {
        return true;
      }
    }
    return false;
  }

  private static boolean letters(Token tok) {
    return Character.isLetter(tok.text().charAt(0));
  }

  private static boolean boundary(Token tok) {
    String s = tok.text();
    return s.equals(",") || s.equals(";") || s.equals(":") || s.equals("(") || s.equals(")") || s.equals("\u2014")
        || s.equals("\u2013") || s.equals("\"") || s.equals("\u00ab") || s.equals("\u00bb");
  }

  private static int clauseStart(List<Token> t, int from) {
    for (int k = from - 1; k >= 0; k--) {
      if (boundary(t.get(k))) {
        return k + 1;
      }
    }
    return 0;
  }

  private static int clauseEnd(List<Token> t, int from) {
    for (int k = from; k < t.size(); k++) {
      if (boundary(t.get(k))) {
        return k;
      }
    }
    return t.size();
  }

  private static boolean has(List<Match> cues, String kind) {
    for (Match m : cues) {
      if (m.value().equals(kind)) {
        return true;
      }
    }
    return false;
  }

  /** A cue of this kind anywhere before token {@code at} in the sentence. */
  private static boolean before(List<Match> cues, String kind, int at) {
    for (Match m : cues) {
      if (m.value().equals(kind) && m.end() <= at) {
        return true;
      }
    }
    return false;
  }

  private static boolean inRange(List<Match> cues, String kind, int from, int to) {
    return firstIn(cues, kind, from, to) != null;
  }

  /** A cue of this kind ending at most {@code reach} tokens before token {@code at}. */
  private static boolean cueEndsAt(List<Match> cues, int at, String kind, int reach) {
    for (Match m : cues) {
      if (m.value().equals(kind) && m.end() <= at && m.end() > at - reach) {
        return true;
      }
    }
    return false;
  }

  /** The match of this kind (any kind when null) starting at token {@code k}, or null. */
  private static Match startsAt(List<Match> matches, int k, String kind) {
    for (Match m : matches) {
      if (m.start() == k && (kind == null || m.value().equals(kind))) {
        return m;
      }
    }
    return null;
  }

  private static String text(List<Token> t, Match m) {
    StringBuilder sb = new StringBuilder();
    for (int k = m.start(); k < m.end(); k++) {
      sb.append(k > m.start() ? " " : "").append(t.get(k).text());
    }
    return sb.toString();
  }
}
