package io.wirewatch.stories;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the clustering remembers of its closed stories, for a while after they close: each story's most
 * telling anchors (its names, addresses and places), its confirmed years and when it was last seen, indexed by
 * the names in full, so that a follow-up weeks later (an arrest, a trial, a funeral) that names the same people
 * can reopen its story, and by when it was last seen, so that a report naming one of its days can find it. Swept
 * by event time: a story closed longer than the retention is forgotten. Pure and
 * single-threaded, like the clusterer that owns it.
 */
public final class ClosedStories {

  /**
   * One closed story as remembered.
   *
   * @param id the story's id
   * @param lastSeen when its last item was seen (event time)
   * @param anchors its strongest names ({@code n:}), addresses ({@code a:}) and places ({@code p:})
   * @param years the years its items confirm
   * @param firstSeen when its first item was seen (event time; null when remembered before it was kept: read as
   *     {@code lastSeen})
   * @param persons its other persons named in full ({@code n:}), beyond its strongest anchors: a victim or suspect
   *     named once, whom the names its reports repeat crowd out of those (none when remembered before they were kept)
   */
  public record Closed(String id, Instant lastSeen, Set<String> anchors, Set<String> years, Instant firstSeen,
      Set<String> persons) {
    public Closed {
      anchors = anchors == null ? Set.of() : Set.copyOf(anchors);
      years = years == null ? Set.of() : Set.copyOf(years);
      firstSeen = firstSeen == null ? lastSeen : firstSeen;
      persons = persons == null ? Set.of() : Set.copyOf(persons);
    }

    /** Its names in full, strongest anchors and other persons: those an item can reopen it by. */
    Set<String> namesInFull() {
      Set<String> names = new HashSet<>(persons);
      anchors.stream().filter(ClosedStories::fullName).forEach(names::add);
      return names;
    }
  }

  private final Map<String, Closed> byId = new HashMap<>();
  /** Which remembered stories hold a name in full: only those can be reopened by an item naming it. */
  private final Map<String, Set<String>> byName = new HashMap<>();
  /** The remembered names in full by their given and their family name ({@link NameVariants#keys}). */
  private final Map<String, Set<String>> byNameWord = new HashMap<>();
  /** Which remembered stories were last seen when: a day an item names is a day of the stories seen since. */
  private final NavigableMap<Instant, Set<String>> byLastSeen = new TreeMap<>();

  /** Remembers a closed story (replacing what was remembered under its id). */
  public void remember(Closed c) {
    forget(c.id());
    byId.put(c.id(), c);
    for (String t : c.namesInFull()) {
      byName.computeIfAbsent(t, k -> new HashSet<>()).add(c.id());
      for (String w : NameVariants.keys(t)) {
        byNameWord.computeIfAbsent(w, k -> new HashSet<>()).add(t);
      }
    }
    byLastSeen.computeIfAbsent(c.lastSeen(), k -> new HashSet<>()).add(c.id());
  }

  /** Forgets one story (it reopened, or its retention ran out); returns what was remembered, or null. */
  public Closed forget(String id) {
    Closed c = byId.remove(id);
    if (c != null) {
      for (String t : c.namesInFull()) {
        Set<String> ids = byName.get(t);
        if (ids != null && ids.remove(id) && ids.isEmpty()) {
          byName.remove(t);
          for (String w : NameVariants.keys(t)) {
            Set<String> names = byNameWord.get(w);
            if (names != null && names.remove(t) && names.isEmpty()) {
              byNameWord.remove(w);
            }
          }
        }
      }
      Set<String> ids = byLastSeen.get(c.lastSeen());
      if (ids != null && ids.remove(id) && ids.isEmpty()) {
        byLastSeen.remove(c.lastSeen());
      }
    }
    return c;
  }

  /** Forgets the stories last seen before {@code cutoff}; returns their ids, sorted. */
  public List<String> forgetBefore(Instant cutoff) {
    List<String> old = byLastSeen.headMap(cutoff, false).values().stream().flatMap(Set::stream).sorted().toList();
    old.forEach(this::forget);
    return old;
  }

  public Closed get(String id) {
    return byId.get(id);
  }

  public int size() {
    return byId.size();
  }

  /** The remembered stories that hold one of {@code names} in full, sorted by id. */
  public List<Closed> naming(Collection<String> names) {
    Set<String> ids = new HashSet<>();
    for (String n : names) {
      ids.addAll(byName.getOrDefault(n, Set.of()));
    }
    List<Closed> out = new ArrayList<>();
    ids.stream().sorted().forEach(id -> out.add(byId.get(id)));
    return out;
  }

  /**
   * The remembered stories that hold another spelling of one of {@code names} ({@link NameVariants#same}: a middle
   * name, a hyphen, a slip of one letter), sorted by id. One of the two names' given and family names is written
   * alike in both, so the stories are found by those words.
   */
  public List<Closed> namingOtherwise(Collection<String> names) {
    Set<String> ids = new HashSet<>();
    for (String n : names) {
      for (String w : NameVariants.keys(n)) {
        for (String other : byNameWord.getOrDefault(w, Set.of())) {
          if (NameVariants.same(n, other)) {
            ids.addAll(byName.get(other));
          }
        }
      }
    }
    List<Closed> out = new ArrayList<>();
    ids.stream().sorted().forEach(id -> out.add(byId.get(id)));
    return out;
  }

  /**
   * The remembered stories seen on or after {@code from} (their last item) and on or before {@code to} (their
   * first), sorted by id: those whose days may hold a day an item names.
   */
  public List<Closed> seenBetween(Instant from, Instant to) {
    List<Closed> out = new ArrayList<>();
    byLastSeen.tailMap(from, true).values().forEach(ids -> ids.forEach(id -> {
      Closed c = byId.get(id);
      if (!c.firstSeen().isAfter(to)) {
        out.add(c);
      }
    }));
    out.sort(Comparator.comparing(Closed::id));
    return out;
  }

  /** A name of two words or more ({@code n:jane roe}). */
  static boolean fullName(String term) {
    return term.startsWith("n:") && term.indexOf(' ') > 0;
  }
}
