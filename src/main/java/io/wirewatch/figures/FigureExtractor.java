package io.wirewatch.figures;

import io.wirewatch.model.Figure;
import io.wirewatch.model.WireItem;
import io.wirewatch.text.Countries;
import io.wirewatch.text.LanguageId;
import io.wirewatch.text.Sentence;
import io.wirewatch.text.TextLayer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Extracts an item's current figures (killed, injured, missing, evacuated, displaced, arrested, troops):
 * one per (metric, subject key), the first the body states, else the headline's, and the headline's when it
 * is larger (the headline gives the total, the body may open with one victim). A stated number wins over
 * a count of one read from an indefinite singular ("a 15-year-old was shot in the leg" is often one victim
 * of a larger count the item states as a number). Values the text calls earlier ("up from 49", "police had
 * initially said four") are not current; they become the figure's {@link Figure#previous()}. Pure and
 * stateless: safe to call from any thread.
 */
public final class FigureExtractor {
  private static final String ENGLISH = "en";

  /**
   * How items are read. {@link #STANDARD}: every language by the structural reader ({@link FigureReader}), the
   * number as written. {@link #GVA}: English items by the older rule reader fitted to US local shooting news
   * and the Gun Violence Archive's counting (the shooter's own death added to the toll, a lone victim who
   * later died moved from injured to killed, everyone shot less the dead, roundup sentences dropped), other
   * languages as in STANDARD. Set by {@code figures.profile}; GVA is off by default and kept only to compare
   * with that archive.
   */
  public enum Profile {
    STANDARD, GVA;

    /** The profile a setting names ("standard", "gva"; case-insensitive). */
    public static Profile of(String name) {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    }
  }

  private final Profile profile;

  /** The standard profile. */
  public FigureExtractor() {
    this(Profile.STANDARD);
  }

  public FigureExtractor(Profile profile) {
    this.profile = profile;
  }

  /**
   * Figures by key; the keys whose figure so far is only a count of one from a singular; the injured keys
   * whose figure counts everyone shot ("four people were shot"), the dead included.
   */
  private record Picked(Map<String, Figure> figures, Set<String> singular, Set<String> shot,
      Set<String> victims) {
    Picked() {
      this(new LinkedHashMap<>(), new HashSet<>(), new HashSet<>(), new HashSet<>());
    }

    /** Keeps the first figure per key, but a stated number replaces a singular's count of one. */
    void offer(Figure f, boolean single, boolean everyoneShot, boolean victimsOnly) {
      Figure held = figures.get(f.key());
      if (held == null || singular.contains(f.key()) && !single) {
        figures.put(f.key(), f);
        mark(singular, f.key(), single);
        mark(shot, f.key(), everyoneShot);
        mark(victims, f.key(), victimsOnly);
      }
    }

    /**
     * The headline's figure: as {@link #offer}, and it also replaces a smaller stated body figure ("Four shot
     * at party" over a lead that names one victim first: the headline gives the total).
     */
    void offerHeadline(Figure h, boolean single, boolean everyoneShot, boolean victimsOnly) {
      Figure held = figures.get(h.key());
      if (held != null && !single && h.value() > held.value()) {
        figures.remove(h.key());
      }
      offer(h, single, everyoneShot, victimsOnly);
    }

    private static void mark(Set<String> set, String key, boolean on) {
      if (on) {
        set.add(key);
      } else {
        set.remove(key);
      }
    }

    /** "Four people were shot" and "one died": of everyone shot, those not killed are the injured. */
    void injuredAreShotLessKilled() {
      for (String key : List.copyOf(shot)) {
        Figure hit = figures.get(key);
        Figure dead = hit == null ? null : figures.get(Figure.Metric.KILLED.id() + "|" + hit.subjectKey());
        if (dead == null || dead.value() > hit.value()) {
          continue;
        }
        if (dead.value() == hit.value()) {
          figures.remove(key);
        } else {
          figures.put(key, hit.withValue(hit.value() - dead.value()));
        }
      }
    }
  }

  /** The item's current figures, in text order. */
  public List<Figure> extract(WireItem item) {
    Instant time = item.versionCreated() != null ? item.versionCreated() : item.firstCreated();
    ZonedDateTime when = time == null ? null : time.atZone(ZoneOffset.UTC);
    String headline = capped(item.headline());
    String lead = item.body().isEmpty() ? null : capped(item.body().get(0));
    String lang = LanguageId.of(item.language(),
        (headline == null ? "" : headline) + "\n" + (lead == null ? "" : lead));
    if ((!ENGLISH.equals(lang) || profile == Profile.STANDARD) && !FigureVocabulary.of(lang).empty()) {
      return structural(item, lang, headline, lead, time, when);
    }
    SentenceReader.Context ctx = new SentenceReader.Context(when == null ? null : when.getYear(),
        when == null ? null : when.getMonthValue(),
        Sides.home(item.dateline(), item.located(), headline, lead));
    Picked current = new Picked();
    Map<String, Long> previous = new LinkedHashMap<>();
    List<Sentences.Sentence> body = Sidebars.without(Sentences.ofParagraphs(item.body()), item.body(),
        headline);
    if (OtherCauses.shootingStory(headline, lead)) {
      body = body.stream().filter(s -> !OtherCauses.elsewhere(s.text())).toList();
    }
    for (Sentences.Sentence s : body) {
      collect(item, time, s.text(), s.offset(), ctx.asLead(s == body.get(0)), current, previous);
    }
    Picked fromHeadline = new Picked();
    collect(item, time, headline, -1, ctx.asLead(true), fromHeadline, new LinkedHashMap<>());
    for (Figure h : fromHeadline.figures().values()) {
      boolean restated = current.figures().values().stream()
          .anyMatch(f -> f.metric() == h.metric() && f.value() == h.value());
      if (!restated) {
        current.offerHeadline(h, fromHeadline.singular().contains(h.key()), fromHeadline.shot().contains(h.key()),
            fromHeadline.victims().contains(h.key()));
      }
    }
    if (!current.singular().isEmpty()) {
      LaterDeath.apply(current.figures(), current.singular(), LaterDeath.firstDeath(headline, body));
    }
    if (!current.shot().isEmpty()) {
      ShotOneDied.apply(current.figures(), current.shot(), ShotOneDied.death(headline, body));
    }
    ShooterDeath.apply(current.figures(), current.victims(), headline, body);
    current.injuredAreShotLessKilled();
    List<Figure> out = new ArrayList<>();
    for (Figure f : current.figures().values()) {
      Long prev = f.previous() != null ? f.previous() : previous.get(f.key());
      out.add(prev == null || prev == f.value() ? f : withPrevious(f, prev));
    }
    return out;
  }

  /**
   * The figures of an item in a language other than English, read from sentence structure: the body's, in
   * text order, then each headline figure whose key the body does not state.
   */
  private static List<Figure> structural(WireItem item, String lang, String headline, String lead, Instant time,
      ZonedDateTime when) {
    Integer year = when == null ? null : when.getYear();
    Integer month = when == null ? null : when.getMonthValue();
    String homeSide = Sides.home(item.dateline(), item.located(), headline, lead);
    String home = homeSide == null ? null : Countries.iso(homeSide, ENGLISH);
    List<Figure> out = new ArrayList<>();
    Set<Figure> hits = new HashSet<>();
    Map<String, Long> previous = new LinkedHashMap<>();
    List<Sentence> read = new ArrayList<>();
    List<Sentence> opening = new ArrayList<>(); // the headline and the body's first sentence
    int offset = 0;
    for (String paragraph : item.body()) {
      for (Sentence s : TextLayer.get().sentences(paragraph, lang)) {
        if (read.isEmpty()) {
          opening.add(s);
        }
        read.add(s);
        List<Figure> here = new ArrayList<>();
        for (FigureReader.Read r : FigureReader.readAll(s, year, month, home)) {
          Figure f = figure(r, s.text(), offset + r.charStart(), item, time);
          if (r.previous()) {
            previous.putIfAbsent(f.key(), f.value());
          } else {
            add(here, f);
            mark(hits, f, r.hit());
          }
        }
        merge(out, here);
      }
      offset += paragraph.length() + 2;
    }
    if (headline != null && !headline.isBlank()) {
      List<Figure> body = List.copyOf(out);
      Sentence head = TextLayer.get().sentence(headline, lang);
      read.add(head);
      opening.add(head);
      List<FigureReader.Read> headReads = FigureReader.readHeadline(head, year, month, home);
      // "Three shot, one dead": a headline that tells its dead has taken them out of its people hit already
      boolean ownDead = headReads.stream().anyMatch(r -> r.metric() == Figure.Metric.KILLED && !r.previous());
      for (FigureReader.Read r : headReads) {
        Figure h = figure(r, headline, -1, item, time);
        if (r.previous() || r.single() && body.stream().anyMatch(b -> b.metric() == h.metric())) {
          continue; // a headline's count of one only where the body states no count of its metric
        }
        List<Figure> same = body.stream().filter(b -> b.key().equals(h.key())).toList();
        if (same.isEmpty()) {
          add(out, h);
          mark(hits, h, r.hit() && !ownDead);
        } else if (!r.single() && h.metric().cumulative() && same.stream().allMatch(b -> b.value() < h.value())) {
          // "Four injured in shooting" over a body that first names the two still in hospital: the headline
          // gives the total, the body a part or a later state
          int at = out.indexOf(same.get(0));
          out.removeAll(same);
          out.add(at, h);
          mark(hits, h, r.hit() && !ownDead);
        }
      }
    }
    hitLessDead(out, hits);
    loneVictimDied(out, read, opening);
    List<Figure> withPrevious = new ArrayList<>();
    for (Figure f : out) {
      Long prev = previous.get(f.key());
      withPrevious.add(prev == null || prev == f.value() ? f : withPrevious(f, prev));
    }
    return withPrevious;
  }

  private static void mark(Set<Figure> hits, Figure f, boolean hit) {
    if (hit) {
      hits.add(f);
    }
  }

  /**
   * "Four people were shot. One of them died.": an injured figure read from a verb of being hit that does not
   * say who lived ("hit" predicates) counts everyone hit; the item's first killed figure of the same people,
   * when no larger and stated in another sentence (the reader takes out a sentence's own), is taken out of it,
   * the injured being those hit who lived (none left: no injured figure).
   */
  private static void hitLessDead(List<Figure> out, Set<Figure> hits) {
    for (int i = 0; i < out.size(); i++) {
      Figure hit = out.get(i);
      if (hit.metric() != Figure.Metric.INJURED) {
        continue;
      }
      // a killed figure marked "hit" is the part of a group hurt that died ("Two of them died"): it comes out of
      // any injured count before it
      Figure dead = out.stream().filter(f -> f.metric() == Figure.Metric.KILLED
          && f.subjectKey().equals(hit.subjectKey())).findFirst()
          .filter(f -> hits.contains(hit) || hits.contains(f) && out.indexOf(f) > out.indexOf(hit)).orElse(null);
      if (dead == null || dead.value() > hit.value() || dead.sentence().equals(hit.sentence())) {
        continue; // the sentence's own dead are taken out by the reader
      }
      if (dead.value() == hit.value()) {
        out.remove(i--);
      } else {
        out.set(i, hit.withValue(hit.value() - dead.value()));
      }
    }
  }

  /**
   * "A boy was shot on Friday. ... He died in hospital.", "Teen shot in park dies": when the item's only injured
   * figure is one person, it states no killed figure, and its headline or lead tells a death of its own incident
   * without a count, or a later sentence a death of "he" or "she" ({@link FigureReader#tellsDeath}), that
   * person is the one who died: killed 1
   * in place of injured 1; a headline's one dead (its only killed figure) is that person too. With more people
   * hurt, who died is not told, and nothing changes.
   */
  private static void loneVictimDied(List<Figure> out, List<Sentence> sentences, List<Sentence> opening) {
    List<Figure> hurt = out.stream().filter(f -> f.metric() == Figure.Metric.INJURED).toList();
    List<Figure> dead = out.stream().filter(f -> f.metric() == Figure.Metric.KILLED).toList();
    if (hurt.size() != 1 || hurt.get(0).value() != 1) {
      return;
    }
    Figure one = hurt.get(0);
    if (dead.size() == 1 && dead.get(0).value() == 1 && dead.get(0).offset() < 0
        && dead.get(0).subjectKey().equals(one.subjectKey())) {
      out.remove(one); // "Boy hurt in fall dies" over "A boy was injured": the headline's one dead is that boy
      return;
    }
    if (!dead.isEmpty() || sentences.stream().noneMatch(s -> FigureReader.tellsDeath(s, opening.contains(s)))) {
      return;
    }
    out.set(out.indexOf(one), new Figure(Figure.Metric.KILLED, one.subjectKey(), one.subject(), 1, one.qualifier(),
        null, false, one.sentence(), one.offset(), one.source(), one.itemUri(), one.agency(), one.time()));
  }

  /**
   * Adds one sentence's figures to the item's. A key an earlier sentence already gave is a restatement or a
   * breakdown of it ("Eight cadres were killed in two gun-battles. Seven were killed in ..."): the earlier
   * value stays, unless the count only grows and this sentence gives more ("Four miners died. The toll rose
   * to 11"), when this sentence's values replace it. Two values in one sentence stay two figures.
   */
  private static void merge(List<Figure> out, List<Figure> sentence) {
    Map<String, List<Figure>> byKey = new LinkedHashMap<>();
    for (Figure f : sentence) {
      byKey.computeIfAbsent(f.key(), k -> new ArrayList<>()).add(f);
    }
    for (Map.Entry<String, List<Figure>> e : byKey.entrySet()) {
      List<Figure> held = out.stream().filter(o -> o.key().equals(e.getKey())).toList();
      long heldMax = held.stream().mapToLong(Figure::value).max().orElse(-1);
      long newMax = e.getValue().stream().mapToLong(Figure::value).max().orElse(-1);
      if (held.isEmpty()) {
        e.getValue().forEach(f -> add(out, f));
      } else if (e.getValue().get(0).metric().cumulative() && newMax > heldMax) {
        int at = out.indexOf(held.get(0));
        out.removeAll(held);
        out.addAll(at, e.getValue());
      }
    }
  }

  private static void add(List<Figure> out, Figure f) {
    if (out.stream().noneMatch(o -> o.key().equals(f.key()) && o.value() == f.value())) {
      out.add(f);
    }
  }

  private static Figure figure(FigureReader.Read r, String sentence, int offset, WireItem item, Instant time) {
    String cls = r.troops() ? "troops" : "people";
    String key = r.side() == null ? cls
        : Locale.of("", r.side()).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT) + ":" + cls;
    String subject = r.subject().isEmpty() ? cls : r.subject();
    return new Figure(r.metric(), key, subject, r.value(), r.qualifier(), null, r.revised(), sentence, offset,
        item.source(), item.uri(), item.agency(), time);
  }

  private static void collect(WireItem item, Instant time, String sentence, int offset,
      SentenceReader.Context ctx, Picked current, Map<String, Long> previous) {
    if (sentence == null || sentence.isBlank()) {
      return;
    }
    List<FigureReader.Read> structural = FigureReader.read(TextLayer.get().sentence(sentence, ENGLISH), ctx.year());
    SentenceReader reader = new SentenceReader(sentence, ctx);
    List<SentenceReader.Found> found = VictimTally.sum(sentence, reader.read());
    if (found.isEmpty() && !reader.dropped()) { // a sentence the rule reader drops whole is not read again
      for (FigureReader.Read r : structural) {
        if (r.headedByVerb() && !r.single() && !r.hit()) { // the rule reader reads "were shot" its own way
          current.offer(figure(r, sentence, offset < 0 ? -1 : offset + r.charStart(), item, time), false, false, false);
        }
      }
      return;
    }
    for (SentenceReader.Found f : found) {
      String key = f.metric().id() + "|" + f.subjectKey();
      if (f.previous()) {
        previous.putIfAbsent(key, f.value());
        continue;
      }
      Long statedBefore = previousInSentence(found, f);
      Figure figure = new Figure(f.metric(), f.subjectKey(), f.subject(), f.value(), f.qualifier(),
          statedBefore, f.revised(), sentence, offset < 0 ? -1 : offset + f.charStart(), item.source(),
          item.uri(), item.agency(), time);
      current.offer(figure, f.single(), f.shot(), f.victims());
    }
  }

  /** At most {@link Sentences#MAX_CHARS} of a headline or lead, which are read whole. */
  private static String capped(String text) {
    return text == null || text.length() <= Sentences.MAX_CHARS ? text : text.substring(0, Sentences.MAX_CHARS);
  }

  private static Long previousInSentence(List<SentenceReader.Found> found, SentenceReader.Found f) {
    for (SentenceReader.Found other : found) {
      if (other.previous() && other.metric() == f.metric() && other.value() != f.value()) {
        return other.value();
      }
    }
    return null;
  }

  /** {@code f} with another value, all else kept. */
  private static Figure withPrevious(Figure f, long prev) {
    return new Figure(f.metric(), f.subjectKey(), f.subject(), f.value(), f.qualifier(), prev, f.revised(),
        f.sentence(), f.offset(), f.source(), f.itemUri(), f.agency(), f.time());
  }
}
