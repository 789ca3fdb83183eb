package io.wirewatch.stories;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Online clustering of items into stories. Each item becomes a TF-IDF vector over its features (IDF from
 * what the stream has seen) and joins the most similar open story when that similarity reaches the
 * threshold; otherwise it opens a story. What makes two reports one story is the same event, so the
 * similarity is read in two parts: the whole vector (words and anchors) for reports in one language, and
 * only the language-independent anchors (names, places, numbers, years, event kinds) for a report in a
 * language the story has not been told in. Then contradictions weigh against a join: another year, no
 * participant in common, nothing shared but a place. The similarity is damped by the time since the story
 * was last seen. Every assignment says why in words. Pure and single-threaded: it runs in the one deciding
 * task.
 */
public final class StoryClusterer {

  /**
   * @param threshold least damped similarity for an item to join a story
   * @param window a story not seen for this long (event time) is closed
   * @param grace how long a story keeps its full weight after its last item
   * @param halfLife after the grace, the similarity halves every half-life
   * @param centroidTerms how many terms a story's centroid keeps
   * @param itemTerms how many of its strongest terms an item is compared by
   * @param recentItems how many recent items' vectors a story keeps for item-to-item matching (0: none)
   * @param reopen how long a closed story's anchors are remembered so that a follow-up naming its people can
   *     reopen it (event time since its last item; zero: a closed story stays closed)
   */
  public record Settings(double threshold, Duration window, Duration grace, Duration halfLife, int centroidTerms,
      int itemTerms, int recentItems, Duration reopen, int maxOpen) {
    /** Default retention of closed stories' anchors. */
    public static final Duration DEFAULT_REOPEN = Duration.ofDays(365);
    /**
     * The default number of stories kept open at most (about 6.5 KB of heap each on real copy, so about
     * 130 MB): beyond it the stories joined longest ago close first, so the heap does not follow the rate.
     */
    public static final int DEFAULT_MAX_OPEN = 20_000;

    /** Settings under which a closed story stays closed. */
    public Settings(double threshold, Duration window, Duration grace, Duration halfLife, int centroidTerms,
        int itemTerms, int recentItems) {
      this(threshold, window, grace, halfLife, centroidTerms, itemTerms, recentItems, Duration.ZERO);
    }

    public Settings(double threshold, Duration window, Duration grace, Duration halfLife, int centroidTerms,
        int itemTerms, int recentItems, Duration reopen) {
      this(threshold, window, grace, halfLife, centroidTerms, itemTerms, recentItems, reopen, DEFAULT_MAX_OPEN);
    }

    public static Settings standard() {
      return new Settings(0.14, Duration.ofDays(14), Duration.ofDays(1), Duration.ofDays(5), 300, 200, 0,
          DEFAULT_REOPEN);
    }
  }

  /**
   * How the evidence of one event is weighed.
   *
   * @param crossLanguage factor on the anchor similarity when the item's language is new to the story
   * @param otherYear factor when the item and the story name years and share none
   * @param otherNames factor when both name participants and share none
   * @param leastSpecific least share of the similarity that must come from features other than places and
   *     event kinds (a dateline city and "shooting" alone do not make one event)
   * @param otherLead factor when none of the names in the item's lead is anywhere in the story
   * @param otherFigure factor when the item's lead measures a figure (a decimal) the story does not state
   * @param oneParticipant factor when the item names several participants and shares only one with the story
   *     (a minister is in many stories)
   * @param otherLeadUndated {@code otherLead} for an undated item: no date of its own tells its event from a
   *     look-alike of another day, so other names in its lead weigh like another year
   * @param otherPerson factor when an undated item's lead names someone in full whom the story does not name,
   *     by full name or surname, and no one in full whom it does (the team is the story's, the player another),
   *     and nothing else weighs against the join
   * @param otherDate factor, in place of {@code otherYear}, when an undated item's date stamp gives another year
   *     than its story's stamps or, where none of its reports carries one, than the years it confirms; or when an
   *     undated item without a stamp names only years two or more from the stamps its story confirms and none its
   *     story names
   */
  public record Evidence(double crossLanguage, double otherYear, double otherNames, double leastSpecific,
      double otherLead, double otherFigure, double oneParticipant, double otherLeadUndated, double otherPerson,
      double otherDate) {
    public static Evidence standard() {
      return new Evidence(0.8, 0.4, 0.6, 0.3, 0.5, 0.5, 0.6, 0.4, 0.6, 0.15);
    }
  }

  /** A one-word lead name whose stem is in this many times as many items as the name is a common word. */
  private static final int COMMON_WORD = 3;
  /** Terms kept per recent-item vector. */
  private static final int RECENT_TERMS = 40;
  /** An item is compared with the stories that share one of its this many strongest terms or its anchors. */
  private static final int CANDIDATE_TERMS = 24;
  /** A term in more open stories than this does not nominate candidates: it is too common to tell events apart. */
  private static final int POSTING_CAP = 400;
  /** An address stated by at most this many open stories tells one incident: sharing it joins. */
  private static final int TELLING_ADDRESS = 2;
  /** A day the item names counts as the story's own from this many days before the story's first report. */
  private static final int DAYS_BEFORE = 2;
  /** At most this many years are counted per story. */
  private static final int STORY_YEARS = 24;
  /** At most this many nominated stories are scored in full. */
  private static final int MAX_CANDIDATES = 60;
  /** A word of a name in lower case this many times as often as in a name marks an institution, not a person. */
  private static final int LOWER_CASE = 2;
  /** A closed story is remembered by at most this many of its strongest names, addresses and places. */
  private static final int REMEMBERED_ANCHORS = 16;
  /** Beside those, at most this many of its other persons named in full, whom the names repeated crowd out. */
  private static final int REMEMBERED_PERSONS = 16;
  /**
   * A person named in full in at most this many items (document frequency) is rare enough to tell one incident:
   * a police spokesman or a mayor is named in many more.
   */
  private static final int RARE_PERSON = 10;
  /**
   * A closed story that shares one rare person and no address with an item reopens only if they share at
   * least this many anchors (names, places, addresses): a spokesman and a town are not a follow-up.
   */
  private static final int REOPEN_ANCHORS = 5;

  /** The outcome: the story joined (or the id given for a new one), the similarity that decided, and why. */
  public record Assignment(String storyId, boolean opened, double score, String reason) {
    public Assignment(String storyId, boolean opened, double score) {
      this(storyId, opened, score, "");
    }
  }

  private final Settings settings;
  private final Evidence evidence;
  private final DocumentFrequencies df;
  private final Map<String, StoryProfile> open = new HashMap<>();
  /** Norms of each open story's centroid, whole and over its anchors, kept beside it. */
  private final Map<String, double[]> norms = new HashMap<>();
  /** What each open story states that an item can contradict, kept beside it. */
  private final Map<String, Stated> stated = new HashMap<>();
  /** Which terms each open story may hold, kept beside it: most of an item's terms are in none. */
  private final Map<String, TermFilter> filters = new HashMap<>();
  /** The anchors of the stories closed within the reopen retention. */
  private final ClosedStories closed = new ClosedStories();

  /**
   * The years, measured figures (decimals) and whether it names anyone, of one story; its years are those
   * its items confirm ({@link StoryProfile#years}), not every year one of them names in passing; and the years
   * its items' date stamps give.
   */
  private record Stated(Set<String> years, Set<String> figures, boolean names, boolean persons, Set<String> places,
      Set<String> stamped) {
    /** What a story not yet read states: nothing. */
    static final Stated NONE = new Stated(Set.of(), Set.of(), false, false, Set.of(), Set.of());

    static Stated of(StoryProfile story) {
      Set<String> years = new TreeSet<>();
      story.years().forEach((y, n) -> {
        if (n >= StoryProfile.CONFIRMED) {
          years.add(y);
        }
      });
      Set<String> figures = new TreeSet<>();
      Set<String> places = placeWords(story.centroid().keySet());
      boolean names = false;
      boolean persons = false;
      for (String t : story.centroid().keySet()) {
        if (t.startsWith("n:")) {
          boolean place = isPlace(t, places, Set.of());
          names |= !place;
          persons |= !place && ClosedStories.fullName(t) && story.languages().stream()
              .noneMatch(l -> Institutions.bodyOrVenue(t, l));
        } else if (t.startsWith("d:") && t.indexOf('.') > 0) {
          figures.add(t);
        }
      }
      return new Stated(years, figures, names, persons, places, story.stamped());
    }
  }

  /** The words of the places ({@code p:}) among {@code terms}: "p:san diego" gives "san" and "diego". */
  static Set<String> placeWords(Collection<String> terms) {
    Set<String> words = new HashSet<>();
    for (String t : terms) {
      if (t.startsWith("p:")) {
        words.addAll(List.of(t.substring(2).split(" ")));
      }
    }
    return words;
  }

  /**
   * Whether a name ({@code n:}) is a place: each of its words is a word of a place the item or the story
   * states (its dateline, its metadata, a name it writes after "in"). Where an event happened is not who
   * took part: two reports that share only a town share no participant.
   */
  static boolean isPlace(String term, Set<String> itemPlaces, Set<String> storyPlaces) {
    if (!term.startsWith("n:") || (itemPlaces.isEmpty() && storyPlaces.isEmpty())) {
      return false;
    }
    for (String w : term.substring(2).split(" ")) {
      if (!itemPlaces.contains(w) && !storyPlaces.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Which open stories have a term in their centroid (only those can be similar to an item with that term),
   * and the one instance of each such term that the open stories share: profiles read back from the store or
   * built from an item carry copies of the same common terms, about a third of the heap a story took.
   */
  private final StoryPostings storiesByTerm = new StoryPostings();

  public StoryClusterer(Settings settings, DocumentFrequencies df, Collection<StoryProfile> restored) {
    this(settings, Evidence.standard(), df, restored);
  }

  public StoryClusterer(Settings settings, Evidence evidence, DocumentFrequencies df,
      Collection<StoryProfile> restored) {
    this(settings, evidence, df, restored, List.of());
  }

  /** With the closed stories remembered before a restart ({@code remembered}) as well as the open ones. */
  public StoryClusterer(Settings settings, Evidence evidence, DocumentFrequencies df,
      Collection<StoryProfile> restored, Collection<ClosedStories.Closed> remembered) {
    this.settings = settings;
    this.evidence = evidence;
    this.df = df;
    restored.forEach(this::keep);
    remembered.forEach(closed::remember);
  }

  /**
   * Counts the item's terms into the document frequencies, and the item into its language's count; call once
   * per item that carries new text.
   */
  public void observe(Map<String, Float> terms) {
    Set<String> counted = new HashSet<>(terms.keySet());
    counted.removeIf(t -> carried(t) && !t.startsWith(TermProfiles.LANGUAGE));
    df.observe(counted);
  }

  /** The item's unit-length TF-IDF vector over its strongest terms (its language rides along at no weight). */
  public Map<String, Float> vector(Map<String, Float> terms) {
    Map<String, Float> all = new HashMap<>();
    Map<String, Float> carried = new HashMap<>();
    long inLanguage = documentsInLanguage(terms);
    for (Map.Entry<String, Float> e : terms.entrySet()) {
      String t = e.getKey();
      if (carried(t)) {
        carried.put(t, 0f);
      } else {
        double idf = Features.isOwnLanguage(t) ? df.idfWithin(t, inLanguage) : df.idf(t);
        all.put(t, (float) (e.getValue() * idf));
      }
    }
    String lang = language(terms);
    carried.keySet().removeIf(t -> t.startsWith(TermProfiles.LEAD + "n:") && commonWord(t.substring(4), lang));
    Map<String, Float> v = new HashMap<>(top(all, settings.itemTerms()));
    double norm = 0;
    for (float w : v.values()) {
      norm += w * w;
    }
    double n = Math.sqrt(norm);
    if (n > 0) {
      v.replaceAll((k, w) -> (float) (w / n));
    }
    v.putAll(carried);
    return v;
  }

  /** Finds the story for a vector at {@code eventTime}; {@code newStoryId} names a story it would open. */
  public Assignment assign(Map<String, Float> vector, Instant eventTime, String newStoryId) {
    Match best = null;
    Match bestRefused = null;
    Set<String> itemPlaces = placeWords(vector.keySet());
    int participants = Participants.distinct(vector.keySet().stream()
        .filter(t -> !isPlace(t, itemPlaces, Set.of())).toList()).size();
    ItemTerms item = ItemTerms.of(vector, itemPlaces);
    Set<String> commonNames = new HashSet<>();
    for (String t : vector.keySet()) {
      if (t.startsWith("n:") && commonWord(t.substring(2), item.lang())) {
        commonNames.add(t);
      }
    }
    List<String> tellingLead = item.leadNames().stream().filter(n -> item.dated()
        ? person(n, itemPlaces, Set.of(), item.lang()) : rareName(n, item.lang())).toList();
    for (StoryProfile story : candidates(vector)) {
      Match m = match(item, participants, itemPlaces, commonNames, tellingLead, story, eventTime);
      if (best == null || m.score > best.score || (m.score == best.score && story.id().compareTo(best.story) < 0)) {
        best = m;
      }
      if (!m.against.isEmpty() && m.raw >= settings.threshold()
          && (bestRefused == null || m.raw > bestRefused.raw)) {
        bestRefused = m;
      }
    }
    if (best != null && best.score >= settings.threshold()) {
      String address = best.outweighed().isEmpty() ? "" : "; the same address (" + String.join(", ",
          best.addresses()) + ") outweighs: " + String.join(", ", best.outweighed());
      return new Assignment(best.story, false, best.score, String.format(Locale.ROOT,
          "joins story %s (similarity %.2f%s: %s%s%s%s%s)", best.story, best.score, best.crossLanguage
              ? ", across languages" : "", String.join(", ", best.shared()), address, best.day() == null ? ""
              : "; names its day " + best.day(), best.against().isEmpty()
              ? "" : String.format(Locale.ROOT, "; %.2f before: %s", best.raw, String.join(", ", best.against())),
          best.history() == null ? "" : "; names " + best.history()));
    }
    double score = best == null ? 0 : best.score;
    Assignment reopened = reopen(item, itemPlaces, commonNames, eventTime, score);
    if (reopened != null) {
      return reopened;
    }
    StringBuilder why = new StringBuilder(String.format(Locale.ROOT, "opens a story (best match %.2f)", score));
    if (bestRefused != null) {
      why.append(String.format(Locale.ROOT, "; kept apart from %s (%.2f before: %s)", bestRefused.story,
          bestRefused.raw, String.join(", ", bestRefused.against)));
    }
    return new Assignment(newStoryId, true, score, why.toString());
  }

  /** Adds an item's vector to a story (opening it if needed) and returns the story's new profile. */
  public StoryProfile join(String storyId, Map<String, Float> vector, Instant eventTime) {
    StoryProfile old = open.get(storyId);
    if (old == null) {
      closed.forget(storyId);
    }
    Map<String, Float> centroid = new HashMap<>(old == null ? Map.of() : old.centroid());
    Set<String> languages = new TreeSet<>(old == null ? Set.of() : old.languages());
    vector.forEach((t, w) -> {
      if (t.startsWith(TermProfiles.LANGUAGE)) {
        String lang = t.substring(TermProfiles.LANGUAGE.length());
        if (!lang.equals(ItemLanguage.UNDETERMINED)) {
          languages.add(lang);
        }
      } else if (!carried(t)) {
        centroid.merge(t, w, Float::sum);
      }
    });
    List<Map<String, Float>> recent = new ArrayList<>(old == null ? List.of() : old.recent());
    if (!vector.isEmpty() && settings.recentItems() > 0) {
      recent.add(top(vector, RECENT_TERMS));
      while (recent.size() > settings.recentItems()) {
        recent.remove(0);
      }
    }
    Map<String, Integer> years = new HashMap<>(old == null ? Map.of() : old.years());
    int count = old == null ? StoryProfile.CONFIRMED : 1;
    vector.keySet().stream().filter(t -> t.startsWith("y:")).forEach(t -> years.merge(t.substring(2), count,
        Integer::sum));
    Set<String> stamped = new TreeSet<>(old == null ? Set.of() : old.stamped());
    vector.keySet().stream().filter(t -> t.startsWith(TermProfiles.STAMPED))
        .forEach(t -> stamped.add(t.substring(TermProfiles.STAMPED.length())));
    StoryProfile updated = new StoryProfile(storyId, trim(centroid), recent,
        old == null ? 1 : old.items() + 1,
        old == null ? eventTime : min(old.firstSeen(), eventTime),
        old == null ? eventTime : max(old.lastSeen(), eventTime), languages, top(years, STORY_YEARS), stamped);
    return keep(updated);
  }

  /** Closes stories last seen before {@code now - window}; returns their ids. */
  public List<String> expire(Instant now) {
    Instant cutoff = now.minus(settings.window());
    return close(open.values().stream().filter(p -> p.lastSeen().isBefore(cutoff))
        .map(StoryProfile::id).sorted().toList());
  }

  /**
   * When more than {@link Settings#maxOpen} stories are open, closes those last seen longest ago (and a
   * tenth of the limit more, so that this happens once in many items); returns their ids.
   */
  public List<String> closeBeyondLimit() {
    if (open.size() <= settings.maxOpen()) {
      return List.of();
    }
    int excess = open.size() - settings.maxOpen() + settings.maxOpen() / 10;
    return close(open.values().stream()
        .sorted(Comparator.comparing(StoryProfile::lastSeen).thenComparing(StoryProfile::id))
        .limit(excess).map(StoryProfile::id).sorted().toList());
  }

  private List<String> close(List<String> closed) {
    closed.forEach(id -> {
      StoryProfile p = open.remove(id);
      Stated s = stated.remove(id);
      norms.remove(id);
      filters.remove(id);
      if (p != null) {
        p.centroid().keySet().forEach(t -> unindex(t, id));
        if (settings.reopen().isPositive()) {
          this.closed.remember(remembered(p, s));
        }
      }
      storiesByTerm.close(id);
    });
    return closed;
  }

  /** Forgets the closed stories last seen more than the reopen retention before {@code now}; returns their ids. */
  public List<String> forgetClosed(Instant now) {
    return closed.forgetBefore(now.minus(settings.reopen()));
  }

  /** What is remembered of a closed story, or null (it is open, or was never closed, or is forgotten). */
  public ClosedStories.Closed remembered(String storyId) {
    return closed.get(storyId);
  }

  /** How many closed stories are remembered. */
  public int rememberedCount() {
    return closed.size();
  }

  /** A closing story's strongest names, addresses and places, its other persons and its confirmed years. */
  private ClosedStories.Closed remembered(StoryProfile p, Stated s) {
    Set<String> anchors = strongestAnchors(p);
    return new ClosedStories.Closed(p.id(), p.lastSeen(), anchors, s == null ? Set.of() : s.years(),
        p.firstSeen(), otherPersons(p, anchors));
  }

  /**
   * A story's persons named in full that its strongest anchors leave out, strongest first, at most {@value
   * #REMEMBERED_PERSONS}: names of two words or more, none a place the story states, a body or venue, or with a word
   * the stream writes in lower case in one of the story's languages. A victim named once is outweighed by the town
   * and the spokesman every report repeats.
   */
  private Set<String> otherPersons(StoryProfile p, Set<String> strongest) {
    Set<String> places = placeWords(p.centroid().keySet());
    Map<String, Float> kept = new HashMap<>();
    p.centroid().forEach((t, w) -> {
      if (ClosedStories.fullName(t) && !strongest.contains(t) && !isPlace(t, places, Set.of())
          && p.languages().stream().noneMatch(l -> Institutions.bodyOrVenue(t, l) || lowerCase(t, l))) {
        kept.put(t, w);
      }
    });
    return top(kept, REMEMBERED_PERSONS).keySet();
  }

  /**
   * The closed story an item that would open a story reopens, or null: the remembered story that shares the
   * most anchors with it, where they include a rare person named in full and either a second rare person, an
   * address, one of the story's days named ("charged in the Dec. 8 shooting"), or {@value #REOPEN_ANCHORS} anchors
   * in all ({@link #followUpEvidence}), and nothing contradicts (an undated item naming other
   * years than the story's). Measured on a year of local crime reports: one rare person and the town alone
   * reopened the wrong story about as often as the right one (a spokesman, a victim's namesake). Failing that, the
   * one story of its place that had a day it names ({@link #reopenByDayAndPlace}).
   */
  private Assignment reopen(ItemTerms item, Set<String> itemPlaces, Set<String> commonNames, Instant eventTime,
      double bestOpen) {
    if (closed.size() == 0) {
      return null;
    }
    List<String> persons = persons(item, itemPlaces);
    if (persons.isEmpty()) {
      return reopenByDayAndPlace(item, itemPlaces, commonNames, eventTime, bestOpen);
    }
    ClosedStories.Closed best = null;
    List<String> bestShared = List.of();
    LocalDate bestDay = null;
    Map<String, ClosedStories.Closed> naming = new TreeMap<>();
    closed.naming(persons).forEach(c -> naming.put(c.id(), c));
    if (NameVariants.reads(item.lang())) {
      closed.namingOtherwise(persons).forEach(c -> naming.putIfAbsent(c.id(), c));
    }
    for (ClosedStories.Closed c : naming.values()) {
      if (c.lastSeen().isAfter(eventTime) || otherYears(item, c.years())) {
        continue;
      }
      LocalDate day = namedDay(item, c.firstSeen(), c.lastSeen());
      List<String> shared = followUpEvidence(item, persons, itemPlaces, commonNames, c, day != null);
      if (shared == null) {
        continue;
      }
      if (best == null || shared.size() > bestShared.size()
          || (shared.size() == bestShared.size() && c.lastSeen().isAfter(best.lastSeen()))) {
        best = c;
        bestShared = shared;
        bestDay = day;
      }
    }
    if (best == null) {
      return reopenByDayAndPlace(item, itemPlaces, commonNames, eventTime, bestOpen);
    }
    long days = Math.max(0, Duration.between(best.lastSeen().plus(settings.window()), eventTime).toDays());
    return new Assignment(best.id(), false, bestOpen, String.format(Locale.ROOT,
        "reopens story %s closed %d days ago: shares %s%s%s", best.id(), days, described(bestShared, persons),
        spelledOtherwise(bestShared, best), bestDay == null ? "" : "; names its day " + bestDay));
  }

  /** The shared persons a closed story writes otherwise, as it writes them: "; ray doe as its ray tam doe". */
  private static String spelledOtherwise(List<String> shared, ClosedStories.Closed story) {
    Set<String> names = story.namesInFull();
    StringBuilder out = new StringBuilder();
    for (String t : shared) {
      if (ClosedStories.fullName(t) && !names.contains(t)) {
        NameVariants.of(t, names).stream().sorted().findFirst().ifPresent(v -> out.append(out.isEmpty() ? "; " : ", ")
            .append(t.substring(2)).append(" as its ").append(v.substring(2)));
      }
    }
    return out.toString();
  }

  /**
   * The closed story a dated item that names one of its days reopens without a person to tell it by, or null: the
   * only remembered story that has the day, shares a place with the item and besides it an address or a name the
   * stream seldom carries (a street, a venue, a surname; no body, no word in lower case), and nothing contradicts.
   * An arrest or a charge weeks on often names no one the first reports named, but the day, the town and the street
   * of the shooting; two stories of one town that both had the day leave the report unsure, so it opens its own.
   */
  private Assignment reopenByDayAndPlace(ItemTerms item, Set<String> itemPlaces, Set<String> commonNames,
      Instant eventTime, double bestOpen) {
    if (!item.dated() || item.namedDays().isEmpty()) {
      return null;
    }
    Instant earliest = item.namedDays().get(0).atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant latest = item.namedDays().get(item.namedDays().size() - 1).plusDays(DAYS_BEFORE + 1)
        .atStartOfDay(ZoneOffset.UTC).toInstant();
    ClosedStories.Closed found = null;
    List<String> foundShared = List.of();
    LocalDate foundDay = null;
    for (ClosedStories.Closed c : closed.seenBetween(earliest, latest)) {
      LocalDate day = namedDay(item, c.firstSeen(), c.lastSeen());
      if (day == null || c.lastSeen().isAfter(eventTime) || otherYears(item, c.years())) {
        continue;
      }
      List<String> shared = placeAndMore(item, itemPlaces, commonNames, c.anchors());
      if (shared == null) {
        continue;
      }
      if (found != null) {
        return null;
      }
      found = c;
      foundShared = shared;
      foundDay = day;
    }
    if (found == null) {
      return null;
    }
    long days = Math.max(0, Duration.between(found.lastSeen().plus(settings.window()), eventTime).toDays());
    return new Assignment(found.id(), false, bestOpen, String.format(Locale.ROOT,
        "reopens story %s closed %d days ago, the only one of its place that had the day it names: shares %s; "
            + "names its day %s", found.id(), days, described(foundShared, List.of()), foundDay));
  }

  /**
   * The anchors an item shares with a closed story's {@code anchors} when they are a place and besides it an address
   * or a name in at most {@value #RARE_PERSON} items that is no place, no body and has no word in lower case; else
   * null.
   */
  private List<String> placeAndMore(ItemTerms item, Set<String> itemPlaces, Set<String> commonNames,
      Set<String> anchors) {
    Set<String> storyPlaces = placeWords(anchors);
    List<String> shared = new ArrayList<>();
    boolean place = false;
    boolean more = false;
    for (String t : item.terms()) {
      if (!anchors.contains(t) || commonNames.contains(t) || lowerCase(t, item.lang())) {
        continue;
      }
      shared.add(t);
      boolean where = t.startsWith("p:") || isPlace(t, itemPlaces, storyPlaces);
      place |= where;
      more |= !where && (t.startsWith("a:")
          || t.startsWith("n:") && !Institutions.is(t, item.lang()) && df.count(t) <= RARE_PERSON);
    }
    return place && more ? shared : null;
  }

  /** The item's names of persons in full ({@link #person}). */
  private List<String> persons(ItemTerms item, Set<String> itemPlaces) {
    List<String> persons = new ArrayList<>();
    for (String t : item.terms()) {
      if (person(t, itemPlaces, Set.of(), item.lang())) {
        persons.add(t);
      }
    }
    return persons;
  }

  /**
   * Whether an undated item names years and none of a story's confirmed years, and not only years within their
   * span ({@link YearSpan}: the story's own history).
   */
  private static boolean otherYears(ItemTerms item, Set<String> storyYears) {
    return !item.dated() && !item.years().isEmpty() && !storyYears.isEmpty()
        && item.years().stream().noneMatch(storyYears::contains) && !YearSpan.of(storyYears).holdsAll(item.years());
  }

  /** Whether an undated item names years, none of them a story's, all between the first and last it confirms. */
  private static boolean withinSpan(ItemTerms item, Set<String> storyYears) {
    return !item.dated() && item.years().stream().noneMatch(storyYears::contains)
        && !storyYears.isEmpty() && YearSpan.of(storyYears).holdsAll(item.years());
  }

  /** A story's strongest names, addresses and places, as a closed story is remembered by. */
  private static Set<String> strongestAnchors(StoryProfile p) {
    Map<String, Float> kept = new HashMap<>();
    p.centroid().forEach((t, w) -> {
      if (t.startsWith("n:") || t.startsWith("a:") || t.startsWith("p:")) {
        kept.put(t, w);
      }
    });
    return top(kept, REMEMBERED_ANCHORS).keySet();
  }

  /**
   * The anchors an item shares with a closed story when they tell a follow-up of it, else null: a rare person named
   * in full ({@value #RARE_PERSON} items at most) and an address or one of the story's days ({@code namesItsDay}); or,
   * among the story's strongest anchors, a rare person and a second such person or {@value #REOPEN_ANCHORS} shared
   * anchors in all. A person the strongest anchors leave out tells a follow-up only beside its day or address: a
   * byline or a namesake is named in many stories.
   */
  private List<String> followUpEvidence(ItemTerms item, List<String> persons, Set<String> itemPlaces,
      Set<String> commonNames, ClosedStories.Closed story, boolean namesItsDay) {
    Set<String> anchors = story.anchors();
    Set<String> others = story.persons();
    Set<String> storyPlaces = placeWords(anchors);
    List<String> shared = new ArrayList<>();
    int rare = 0;
    int rareOthers = 0;
    boolean address = false;
    boolean variants = NameVariants.reads(item.lang());
    List<String> viaOthers = new ArrayList<>();
    for (String t : item.terms()) {
      boolean anchor = anchors.contains(t);
      boolean other = others.contains(t);
      if (!anchor && !other && variants && persons.contains(t)) {
        // another spelling of one of the story's persons is that person (a middle name, a hyphen, a slip)
        anchor = !NameVariants.of(t, anchors).isEmpty();
        other = !anchor && !NameVariants.of(t, others).isEmpty();
      }
      if (!(other || anchor) || commonNames.contains(t) || lowerCase(t, item.lang())) {
        continue;
      }
      shared.add(t);
      if (!anchor) {
        viaOthers.add(t);
      }
      address |= t.startsWith("a:");
      if (persons.contains(t) && !isPlace(t, itemPlaces, storyPlaces) && df.count(t) <= RARE_PERSON) {
        rare += other ? 0 : 1;
        rareOthers += other ? 1 : 0;
      }
    }
    if (rare + rareOthers > 0 && (address || namesItsDay)) {
      return shared;
    }
    shared.removeIf(viaOthers::contains);
    return rare == 0 || (rare < 2 && shared.size() < REOPEN_ANCHORS) ? null : shared;
  }

  /** The shared anchors as an editor reads them, persons first, at most eight. */
  private static String described(List<String> shared, List<String> persons) {
    return String.join(", ", shared.stream()
        .sorted(Comparator.comparing((String t) -> !persons.contains(t)).thenComparing(Comparator.naturalOrder()))
        .limit(8).map(Features::describe).toList());
  }

  /**
   * Whether a name is a person's named in full: two words or more, not a place, and none of its words one the
   * stream writes in lower case at least as often as in a name ("county", "police", "hospital", "street", "news":
   * institutions and roads, which many stories share).
   */
  private boolean person(String term, Set<String> itemPlaces, Set<String> storyPlaces, String lang) {
    return ClosedStories.fullName(term) && !isPlace(term, itemPlaces, storyPlaces)
        && !Institutions.bodyOrVenue(term, lang) && !lowerCase(term, lang);
  }

  /**
   * A name in at most {@value #RARE_PERSON} items that has no word the stream writes in lower case. In an
   * undated item's lead such a name tells who the item is about, where a run of words the stream writes in lower
   * case (a title-case headline repeated as the first line, "Authorities") or a name in many items (a state, a
   * station's call sign, a paper's city) does not.
   */
  private boolean rareName(String term, String lang) {
    return !lowerCase(term, lang) && df.count(term) <= RARE_PERSON;
  }

  /**
   * Whether a name has a word the stream writes in lower case at least as often as in a name. Each item that names
   * it in full writes its words in a name: a first name seldom written alone ("Ivo" of "Ivo Quennel") is not a
   * word in lower case for being in every report that names him.
   */
  private boolean lowerCase(String term, String lang) {
    if (!term.startsWith("n:") || lang == null) {
      return false;
    }
    long named = df.count(term);
    for (String w : term.substring(2).split(" ")) {
      if (writtenLowerCase(w, lang, LOWER_CASE, named)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the stream writes {@code word} in lower case at least {@code times} as often as in a name (its stem
   * in that many times as many items as name it alone or, at least, {@code named}), or it has no stem at all.
   */
  private boolean writtenLowerCase(String word, String lang, int times, long named) {
    String[] stem = new String[1];
    WordStems.each(word, lang, s -> stem[0] = stem[0] == null ? s : stem[0]);
    return stem[0] == null
        || df.wordCount("w:" + stem[0]) >= times * Math.max(Math.max(1, named), df.count("n:" + word));
  }

  public boolean isOpen(String storyId) {
    return open.containsKey(storyId);
  }

  /** The languages of an open story (empty when it is not open). */
  public Set<String> languages(String storyId) {
    StoryProfile p = open.get(storyId);
    return p == null ? Set.of() : p.languages();
  }

  /**
   * The open stories that share one of the item's strongest terms or one of its anchors, best first by
   * the item weight they share. A story sharing none of them cannot reach a useful similarity, and a term
   * in very many stories nominates none, which keeps the cost per item independent of how many stories
   * are open.
   */
  private Collection<StoryProfile> candidates(Map<String, Float> vector) {
    Map<String, Float> nominating = new HashMap<>(top(vector, CANDIDATE_TERMS));
    vector.forEach((t, w) -> {
      if (Features.isAnchor(t)) {
        nominating.put(t, w);
      }
    });
    return storiesByTerm.nominate(nominating, POSTING_CAP, MAX_CANDIDATES).stream().map(open::get)
        .filter(java.util.Objects::nonNull).sorted(Comparator.comparing(StoryProfile::id)).toList();
  }

  /**
   * Whether a one-word name is a word the stream mostly writes in lower case ("Updated:", "Police said ..."
   * opening a headline or a sentence): its stem is in at least {@link #commonWordTimes} times as many items as
   * the name. Such a word in the lead does not say who the report is about, and an item and a story that
   * share it ("department" of two different departments) share no participant by it.
   */
  private boolean commonWord(String name, String lang) {
    return name.indexOf(' ') < 0 && lang != null && writtenLowerCase(name, lang, commonWordTimes(lang), 0);
  }

  private static final Map<String, Integer> COMMON_WORD_TIMES = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * {@value #COMMON_WORD}, or a language's own ({@code common-word} in {@code stories-names.tsv}): where a tagger
   * reads names (German capitalises every noun), a noun it tags a name now and then is written as a word in
   * fewer times as many items than a word that merely opens a sentence.
   */
  private static int commonWordTimes(String lang) {
    return COMMON_WORD_TIMES.computeIfAbsent(lang, l -> StoryVocabulary.ofKind(l, "stories-names.tsv",
        "common-word").stream().findFirst().map(Integer::parseInt).orElse(COMMON_WORD));
  }

  /** The item's language, or null. */
  private static String language(Map<String, Float> terms) {
    for (String t : terms.keySet()) {
      if (t.startsWith(TermProfiles.LANGUAGE)) {
        return t.substring(TermProfiles.LANGUAGE.length());
      }
    }
    return null;
  }

  /** How many items the stream has seen in the item's language (0 when its language is not determined). */
  private long documentsInLanguage(Map<String, Float> terms) {
    for (String t : terms.keySet()) {
      if (t.startsWith(TermProfiles.LANGUAGE) && !t.endsWith(":" + ItemLanguage.UNDETERMINED)) {
        return df.count(t);
      }
    }
    return 0;
  }

  /** Keys that ride along with an item's vector at no weight: its language and what its lead names. */
  private static boolean carried(String term) {
    return term.startsWith(TermProfiles.LANGUAGE) || term.startsWith(TermProfiles.LEAD)
        || term.startsWith(TermProfiles.DATED) || term.startsWith(TermProfiles.STAMPED)
        || term.startsWith(TermProfiles.NAMED_DAY);
  }

  private void unindex(String term, String id) {
    storiesByTerm.remove(term, id);
  }

  /** Keeps the story open, its terms shared with the other open stories; returns the profile kept. */
  private StoryProfile keep(StoryProfile given) {
    StoryProfile p = sharingTerms(given);
    StoryProfile old = open.put(p.id(), p);
    if (old != null) {
      old.centroid().keySet().stream().filter(t -> !p.centroid().containsKey(t)).forEach(t -> unindex(t, p.id()));
    }
    p.centroid().keySet().stream().filter(t -> old == null || !old.centroid().containsKey(t))
        .forEach(t -> storiesByTerm.add(t, p.id()));
    double n = 0;
    double a = 0;
    for (Map.Entry<String, Float> e : p.centroid().entrySet()) {
      double w2 = e.getValue() * e.getValue();
      n += w2;
      a += Features.isAnchor(e.getKey()) ? w2 : 0;
    }
    norms.put(p.id(), new double[] {Math.sqrt(n), Math.sqrt(a)});
    stated.put(p.id(), Stated.of(p));
    filters.put(p.id(), TermFilter.of(p.centroid().keySet()));
    return p;
  }

  /** The same profile, its terms the instances the open stories share (the same keys and weights). */
  private StoryProfile sharingTerms(StoryProfile p) {
    Map<String, Float> centroid = new HashMap<>(2 * p.centroid().size());
    p.centroid().forEach((t, w) -> centroid.put(storiesByTerm.instance(t), w));
    List<Map<String, Float>> recent = new ArrayList<>(p.recent().size());
    for (Map<String, Float> r : p.recent()) {
      Map<String, Float> shared = new HashMap<>(2 * r.size());
      r.forEach((t, w) -> shared.put(storiesByTerm.instance(t), w));
      recent.add(shared);
    }
    return new StoryProfile(p.id(), centroid, recent, p.items(), p.firstSeen(), p.lastSeen(), p.languages(),
        p.years(), p.stamped());
  }

  /** How an item compares with one story: the damped score, the score before contradictions, and why. */
  private record Match(String story, double score, double raw, boolean crossLanguage, String[] sharedTerms,
      double[] contributions, List<String> against, List<String> addresses, List<String> outweighed,
      LocalDate day, String history) {
    /** The features that added most to the similarity, as an editor reads them. */
    List<String> shared() {
      return java.util.stream.IntStream.range(0, sharedTerms.length).boxed()
          .sorted(Comparator.<Integer>comparingDouble(i -> -contributions[i]).thenComparing(i -> sharedTerms[i]))
          .limit(6).map(i -> Features.describe(sharedTerms[i])).toList();
    }
  }

  /**
   * What an item's vector says whatever story it is compared with, read once per item rather than once per
   * candidate: its language, whether it is dated, the names and figures of its lead, the years it states and
   * the year of its date stamp, and its weighted terms (in the vector's order, so every sum over them comes out
   * the same) with their kind.
   */
  private record ItemTerms(Map<String, Float> vector, String lang, boolean dated, List<String> leadNames,
      List<String> leadFigures, Set<String> years, Set<String> stamped, List<LocalDate> namedDays,
      double anchorNorm, double norm,
      String[] terms, float[] weights, boolean[] anchor, boolean[] specific, boolean[] name, boolean[] institution,
      Set<String> places, String[][] unplaced) {
    /**
     * Whether the name at {@code i} is a place given the story's place words ({@link #isPlace}): the words of
     * the name that are no word of the item's places, split once per item, are all words of the story's.
     */
    boolean place(int i, Set<String> storyPlaces) {
      if (!name[i] || places.isEmpty() && storyPlaces.isEmpty()) {
        return false;
      }
      for (String w : unplaced[i]) {
        if (!storyPlaces.contains(w)) {
          return false;
        }
      }
      return true;
    }

    static ItemTerms of(Map<String, Float> vector, Set<String> places) {
      String lang = language(vector);
      boolean dated = false;
      double anchorNorm = 0;
      double norm = 0;
      Set<String> years = new TreeSet<>();
      Set<String> stamped = new TreeSet<>();
      List<LocalDate> namedDays = new ArrayList<>();
      List<String> leadNames = new ArrayList<>();
      List<String> leadFigures = new ArrayList<>();
      List<String> terms = new ArrayList<>(vector.size());
      float[] weights = new float[vector.size()];
      boolean[] anchor = new boolean[vector.size()];
      boolean[] specific = new boolean[vector.size()];
      boolean[] name = new boolean[vector.size()];
      boolean[] institution = new boolean[vector.size()];
      String[][] unplaced = new String[vector.size()][];
      for (Map.Entry<String, Float> e : vector.entrySet()) {
        String t = e.getKey();
        norm += e.getValue() * e.getValue();
        if (t.startsWith(TermProfiles.LANGUAGE)) {
          continue;
        }
        if (t.startsWith(TermProfiles.DATED)) {
          dated = true;
          continue;
        }
        if (t.startsWith(TermProfiles.STAMPED)) {
          stamped.add(t.substring(TermProfiles.STAMPED.length()));
          continue;
        }
        if (t.startsWith(TermProfiles.NAMED_DAY)) {
          namedDays.add(LocalDate.parse(t.substring(TermProfiles.NAMED_DAY.length())));
          continue;
        }
        if (t.startsWith(TermProfiles.LEAD)) {
          String what = t.substring(TermProfiles.LEAD.length());
          (what.startsWith("n:") ? leadNames : leadFigures).add(what);
          continue;
        }
        int i = terms.size();
        terms.add(t);
        weights[i] = e.getValue();
        anchor[i] = Features.isAnchor(t);
        specific[i] = Features.isSpecific(t);
        name[i] = t.startsWith("n:");
        institution[i] = name[i] && Institutions.is(t, lang);
        if (name[i]) {
          unplaced[i] = Arrays.stream(t.substring(2).split(" ")).filter(w -> !places.contains(w))
              .toArray(String[]::new);
        }
        anchorNorm += anchor[i] ? e.getValue() * e.getValue() : 0;
        if (t.startsWith("y:")) {
          years.add(t.substring(2));
        }
      }
      namedDays.sort(Comparator.naturalOrder());
      return new ItemTerms(vector, lang, dated, leadNames, leadFigures, years, stamped, namedDays, anchorNorm, norm,
          terms.toArray(String[]::new), weights, anchor, specific, name, institution, places, unplaced);
    }
  }

  private Match match(ItemTerms item, int participants, Set<String> itemPlaces, Set<String> commonNames,
      List<String> tellingLead, StoryProfile story, Instant eventTime) {
    Map<String, Float> vector = item.vector();
    double[] norm = norms.getOrDefault(story.id(), new double[] {0, 0});
    Stated story0 = stated.getOrDefault(story.id(), Stated.NONE);
    Set<String> storyPlaces = story0.places();
    String lang = item.lang();
    double itemAnchorNorm = item.anchorNorm();
    double dot = 0;
    double anchorDot = 0;
    double specificDot = 0;
    boolean itemNames = false;
    boolean dated = item.dated();
    Set<String> itemYears = item.years();
    List<String> leadNames = item.leadNames();
    List<String> leadFigures = item.leadFigures();
    TermFilter filter = filters.get(story.id());
    String[] terms = item.terms();
    // the item's terms the story holds, in the item's order, with what each added to the dot product
    String[] sharedTerms = new String[terms.length];
    double[] contributions = new double[terms.length];
    int sharedCount = 0;
    List<String> sharedNames = new ArrayList<>();
    List<String> sharedInstitutions = new ArrayList<>();
    boolean sharedPlace = false;
    boolean whoOrWhere = false;
    boolean beyondCountries = false;
    for (int i = 0; i < terms.length; i++) {
      // a body (a police force, a ministry) is in every story of its town or portfolio: where, not who
      boolean institution = item.institution()[i];
      float w = filter == null || filter.mayHold(terms[i]) ? story.weight(terms[i]) : Float.NaN;
      // whether a name is a place is asked only where the answer counts: for a shared term, or while no
      // name that is not a place has been seen (the check runs for every candidate story)
      boolean place = (!itemNames || !Float.isNaN(w)) && item.place(i, storyPlaces);
      itemNames |= item.name()[i] && !place;
      if (!Float.isNaN(w)) {
        double c = item.weights()[i] * w;
        dot += c;
        anchorDot += item.anchor()[i] ? c : 0;
        specificDot += item.specific()[i] && !place && !institution ? c : 0;
        sharedTerms[sharedCount] = terms[i];
        contributions[sharedCount++] = c;
        whoOrWhere |= Features.isWhoOrWhere(terms[i]);
        beyondCountries |= !Features.isCountryOrNumber(terms[i]);
        if (item.name()[i] && !place && !commonNames.contains(terms[i])) {
          sharedNames.add(terms[i]);
          if (institution) {
            sharedInstitutions.add(terms[i]);
          }
        } else if (item.name()[i]) {
          sharedPlace = true;
        }
      }
    }
    sharedTerms = Arrays.copyOf(sharedTerms, sharedCount);
    contributions = Arrays.copyOf(contributions, sharedCount);
    boolean cross = lang != null && !lang.equals(ItemLanguage.UNDETERMINED) && !story.languages().isEmpty()
        && !story.languages().contains(lang);
    double raw;
    if (cross) {
      raw = norm[1] > 0 && itemAnchorNorm > 0
          ? evidence.crossLanguage() * anchorDot / (norm[1] * Math.sqrt(itemAnchorNorm)) : 0;
    } else {
      raw = norm[0] > 0 ? dot / norm[0] : 0;
    }
    for (Map<String, Float> recent : story.recent()) {
      raw = Math.max(raw, cosine(vector, item.norm(), recent));
    }
    List<String> against = new ArrayList<>();
    double score = raw;
    if (cross && raw > 0 && !(whoOrWhere && beyondCountries)) {
      // numerals and years are written alike in every language and recur in unrelated copy: across languages
      // they tell one event only beside a name or a place, or beside a country and something more (a kind of
      // event): a country, most of all a large one, is named in much copy of other events
      score = 0;
      against.add(whoOrWhere ? "across languages, nothing in common but numbers, years and countries"
          : "across languages, nothing in common but numbers and years");
    }
    if (dot > 0 && specificDot < evidence.leastSpecific() * dot) {
      score *= specificDot / (evidence.leastSpecific() * dot);
      against.add(sharedInstitutions.isEmpty() ? "little shared beyond place and kind of event"
          : "little shared beyond place, kind of event and institutions (" + String.join(", ",
              Participants.distinct(sharedInstitutions)) + ")");
    }
    Set<String> storyYears = story0.years();
    Set<String> storyFigures = story0.figures();
    boolean storyNames = story0.names();
    boolean sharedName = !sharedNames.isEmpty();
    // a dated report's date tells it from a look-alike of another day: a town in its lead that the story does
    // not name says where, not who (a suburb, where the story names the city); an undated report has only it
    boolean leadOthers = !tellingLead.isEmpty() && leadNames.stream().noneMatch(story.centroid()::containsKey)
        && (!dated || story0.persons() && tellingLead.stream().anyMatch(n -> !isPlace(n, itemPlaces, storyPlaces)));
    if (leadOthers && storyNames) {
      score *= dated ? evidence.otherLead() : evidence.otherLeadUndated();
      against.add("the lead names others (" + tellingLead.stream().limit(3).map(n -> n.substring(2))
          .collect(java.util.stream.Collectors.joining(", ")) + ")");
    }
    if (!leadFigures.isEmpty() && !storyFigures.isEmpty() && leadFigures.stream().noneMatch(storyFigures::contains)) {
      score *= evidence.otherFigure();
      against.add("another figure (" + String.join(" ", leadFigures).replace("d:", "") + " against "
          + String.join(" ", storyFigures).replace("d:", "") + ")");
    }
    String otherDate = dated ? null : otherDate(item.stamped(), itemYears, story0.stamped(), storyYears,
        story.years().keySet());
    if (otherDate != null) {
      score *= evidence.otherDate();
      against.add(otherDate);
    } else if (otherYears(item, storyYears)) {
      score *= evidence.otherYear();
      against.add("another year (" + String.join(" ", itemYears) + " against " + String.join(" ", storyYears) + ")");
    }
    if (itemNames && storyNames && !sharedName) {
      score *= evidence.otherNames();
      against.add("no participant in common");
    } else if (itemNames && storyNames && sharedName) {
      List<String> shared = Participants.distinct(sharedNames);
      // a town and one person named in full are two facts of one event; a town and "police" are not
      boolean fullName = shared.size() == 1 && shared.get(0).indexOf(' ') > 0;
      // within its days, a dated report that shares a name few reports carry shares someone, not a mayor
      boolean rare = dated && shared.size() == 1 && rareName("n:" + shared.get(0), lang);
      if (shared.size() == 1 && participants > 1 && !(sharedPlace && fullName) && !rare) {
        score *= evidence.oneParticipant();
        against.add("only one participant in common (" + shared.get(0) + ")");
      }
    }
    // the weakest reading of who: a name in full may be a quoted analyst or a street, so it tips only a report
    // that nothing else tells from the story, and does not stack on a contradiction already read
    String otherPerson = leadOthers || !against.isEmpty() ? null : otherPerson(item, story, itemPlaces, storyPlaces);
    if (otherPerson != null && storyNames) {
      score *= evidence.otherPerson();
      against.add("the lead names another (" + otherPerson + ")");
    }
    List<String> addresses = Arrays.stream(sharedTerms).filter(this::telling)
        .map(t -> t.substring(2)).sorted().toList();
    List<String> outweighed = List.of();
    if (!addresses.isEmpty()) {
      outweighed = List.copyOf(against);
      against.clear();
      score = Math.max(score, Math.max(raw, settings.threshold()));
    }
    // a follow-up naming the story's day is not damped by the days since, unless something weighs against it
    LocalDate day = against.isEmpty() ? namedDay(item, story.firstSeen(), story.lastSeen()) : null;
    score *= day == null ? decay(story, eventTime) : 1.0;
    String history = otherDate == null && withinSpan(item, storyYears) ? String.join(" ", itemYears)
        + " within its years " + YearSpan.of(storyYears) : null;
    return new Match(story.id(), score, raw, cross, sharedTerms, contributions, against, addresses, outweighed,
        day, history);
  }

  /**
   * Why an undated item was written in another year than its story, or null. Where the story's reports carry date
   * stamps ({@link DateStamps}), the item's stamp is two years or more from each of them (a story over a new year is
   * stamped in two); where none does, the item names none of the years the story confirms, as for another year, and
   * one of its years is its stamp's. An item without a stamp of its own is weighed the other way round: against the
   * stamps the story confirms (a stamp whose year is one of the years it confirms: its first report's, or stated by
   * two reports; a look-alike that joined it is not the story), each year the item names is two years or more from
   * each of them and none is a year any of the story's reports names ({@code storyNamed}), so a follow-up naming its
   * story's year, or the history that story told too, is no other date. A report is written within days of its
   * event, where a year it names may be history, so a year its page gives weighs more than one it names.
   */
  private static String otherDate(Set<String> itemStamped, Set<String> itemYears, Set<String> storyStamped,
      Set<String> storyYears, Set<String> storyNamed) {
    if (itemStamped.isEmpty()) {
      if (storyStamped.isEmpty() || itemYears.isEmpty()) {
        return null;
      }
      Set<String> confirmed = new TreeSet<>(storyStamped);
      confirmed.retainAll(storyYears);
      if (confirmed.isEmpty() || itemYears.stream().anyMatch(storyNamed::contains)
          || itemYears.stream().anyMatch(y -> near(y, confirmed))) {
        return null;
      }
      return "another date (names " + String.join(" ", itemYears) + " against written "
          + String.join(" ", confirmed) + ")";
    }
    if (!storyStamped.isEmpty()) {
      return itemStamped.stream().anyMatch(y -> near(y, storyStamped)) ? null : "another date (written "
          + String.join(" ", itemStamped) + " against written " + String.join(" ", storyStamped) + ")";
    }
    if (storyYears.isEmpty() || itemYears.stream().anyMatch(storyYears::contains)) {
      return null;
    }
    return "another date (written " + String.join(" ", itemStamped) + " against " + String.join(" ", storyYears)
        + ")";
  }

  /** Whether a year is within one of any of {@code stamped}: a story over a new year is stamped in two. */
  private static boolean near(String year, Set<String> stamped) {
    int y = Integer.parseInt(year);
    return stamped.stream().anyMatch(z -> Math.abs(y - Integer.parseInt(z)) <= 1);
  }

  /**
   * The first of the names in full of an undated item's lead, when the story names none of them, whole or by
   * its last word, or null. A name in full has two words or more, is not a place and has no word the stream
   * mostly writes in lower case ("police department", "refugee camp" are no one's names). A dated item's date
   * tells it from a look-alike.
   */
  private String otherPerson(ItemTerms item, StoryProfile story, Set<String> itemPlaces,
      Set<String> storyPlaces) {
    if (item.dated()) {
      return null;
    }
    List<String> full = item.leadNames().stream().filter(n -> n.indexOf(' ') > 0)
        .filter(n -> !isPlace(n, itemPlaces, storyPlaces))
        .filter(n -> Arrays.stream(n.substring(2).split(" ")).noneMatch(w -> commonWord(w, item.lang())))
        .sorted().toList();
    Map<String, Float> centroid = story.centroid();
    if (full.isEmpty() || full.stream().anyMatch(n -> centroid.containsKey(n)
        || centroid.containsKey("n:" + n.substring(n.lastIndexOf(' ') + 1)))) {
      return null;
    }
    return full.get(0).substring(2);
  }

  /**
   * Whether a term is an address that tells one incident: one that few open stories state ("10 Downing
   * Street" is in every story of its government and tells none).
   */
  private boolean telling(String term) {
    if (!term.startsWith("a:")) {
      return false;
    }
    int stating = storiesByTerm.count(term);
    return stating > 0 && stating <= TELLING_ADDRESS;
  }

  /**
   * The first of a story's own days that the item names ({@link NamedDates}), or null: a day from {@value
   * #DAYS_BEFORE} days before the story's first report ({@code firstSeen}) to its last ({@code lastSeen}), as a
   * first report is written on its event's day or the next. A follow-up that names the day of the event it follows
   * ("charged in the Dec. 8 shooting") is about that day, not the day it was written.
   */
  private static LocalDate namedDay(ItemTerms item, Instant firstSeen, Instant lastSeen) {
    if (item.namedDays().isEmpty()) {
      return null;
    }
    LocalDate first = firstSeen.atZone(ZoneOffset.UTC).toLocalDate().minusDays(DAYS_BEFORE);
    LocalDate last = lastSeen.atZone(ZoneOffset.UTC).toLocalDate();
    for (LocalDate d : item.namedDays()) {
      if (!d.isBefore(first) && !d.isAfter(last)) {
        return d;
      }
    }
    return null;
  }

  private double decay(StoryProfile story, Instant eventTime) {
    Duration since = Duration.between(story.lastSeen(), eventTime);
    if (since.isNegative()) {
      since = Duration.between(eventTime, story.firstSeen());
      if (since.isNegative()) {
        return 1.0;
      }
    }
    double over = Math.max(0, since.toMinutes() - settings.grace().toMinutes());
    return Math.pow(0.5, over / Math.max(1, settings.halfLife().toMinutes()));
  }

  private Map<String, Float> trim(Map<String, Float> centroid) {
    return top(centroid, settings.centroidTerms());
  }

  /** The {@code n} strongest entries (ties by key): a story's centroid, or the years most of its items state. */
  private static <V extends Comparable<V>> Map<String, V> top(Map<String, V> weights, int n) {
    if (weights.size() <= n) {
      return weights;
    }
    Map<String, V> top = new HashMap<>();
    weights.entrySet().stream()
        .sorted(Map.Entry.<String, V>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(n).forEach(e -> top.put(e.getKey(), e.getValue()));
    return top;
  }

  static double cosine(Map<String, Float> a, Map<String, Float> b) {
    double na = 0;
    for (float w : a.values()) {
      na += w * w;
    }
    return cosine(a, na, b);
  }

  /** {@link #cosine(Map, Map)} with {@code a}'s squared norm, {@code na}, worked out once by the caller. */
  private static double cosine(Map<String, Float> a, double na, Map<String, Float> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Map<String, Float> small = a.size() <= b.size() ? a : b;
    Map<String, Float> large = small == a ? b : a;
    double dot = 0;
    for (Map.Entry<String, Float> e : small.entrySet()) {
      Float w = large.get(e.getKey());
      if (w != null) {
        dot += e.getValue() * w;
      }
    }
    double nb = 0;
    for (float w : b.values()) {
      nb += w * w;
    }
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
