package io.wirewatch.stories;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Online clustering of items into stories. Each item becomes a TF-IDF vector over its features (IDF from
 * what the stream has seen) and joins the most similar open story (cosine to the story's centroid, damped
 * by the time since the story was last seen) when that similarity reaches the threshold; otherwise it
 * opens a story. Names and places weigh more than shared vocabulary (see {@link TermProfiles}), which is
 * what keeps look-alike events apart. Pure and single-threaded: it runs in the one deciding task.
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
   */
  public record Settings(double threshold, Duration window, Duration grace, Duration halfLife, int centroidTerms,
      int itemTerms, int recentItems) {
    public static Settings standard() {
      return new Settings(0.14, Duration.ofDays(14), Duration.ofDays(1), Duration.ofDays(3), 300, 200, 0);
    }
  }

  /** Terms kept per recent-item vector. */
  private static final int RECENT_TERMS = 40;

  /** The outcome: the story joined (or the id given for a new one) and the similarity that decided it. */
  public record Assignment(String storyId, boolean opened, double score) {}

  private final Settings settings;
  private final DocumentFrequencies df;
  private final Map<String, StoryProfile> open = new HashMap<>();
  /** Euclidean norm of each open story's centroid, kept beside it so a comparison costs one pass. */
  private final Map<String, Double> norms = new HashMap<>();
  /** Which open stories have a term in their centroid: only those can be similar to an item with that term. */
  private final Map<String, java.util.Set<String>> storiesByTerm = new HashMap<>();
  /** An item is compared with the stories that share one of its this many strongest terms. */
  private static final int CANDIDATE_TERMS = 24;

  public StoryClusterer(Settings settings, DocumentFrequencies df, Collection<StoryProfile> restored) {
    this.settings = settings;
    this.df = df;
    restored.forEach(this::keep);
  }

  /** Counts the item's terms into the document frequencies; call once per item that carries new text. */
  public void observe(Map<String, Float> terms) {
    df.observe(terms.keySet());
  }

  /** The item's unit-length TF-IDF vector over its strongest terms. */
  public Map<String, Float> vector(Map<String, Float> terms) {
    Map<String, Float> all = new HashMap<>();
    for (Map.Entry<String, Float> e : terms.entrySet()) {
      all.put(e.getKey(), (float) (e.getValue() * df.idf(e.getKey())));
    }
    Map<String, Float> v = top(all, settings.itemTerms());
    double norm = 0;
    for (float w : v.values()) {
      norm += w * w;
    }
    double n = Math.sqrt(norm);
    if (n > 0) {
      v.replaceAll((k, w) -> (float) (w / n));
    }
    return v;
  }

  /** Finds the story for a vector at {@code eventTime}; {@code newStoryId} names a story it would open. */
  public Assignment assign(Map<String, Float> vector, Instant eventTime, String newStoryId) {
    String best = null;
    double bestScore = 0;
    for (StoryProfile story : candidates(vector)) {
      double s = similarity(vector, story) * decay(story, eventTime);
      if (s > bestScore || (s == bestScore && best != null && story.id().compareTo(best) < 0)) {
        best = story.id();
        bestScore = s;
      }
    }
    if (best != null && bestScore >= settings.threshold()) {
      return new Assignment(best, false, bestScore);
    }
    return new Assignment(newStoryId, true, bestScore);
  }

  /** Adds an item's vector to a story (opening it if needed) and returns the story's new profile. */
  public StoryProfile join(String storyId, Map<String, Float> vector, Instant eventTime) {
    StoryProfile old = open.get(storyId);
    Map<String, Float> centroid = new HashMap<>(old == null ? Map.of() : old.centroid());
    vector.forEach((t, w) -> centroid.merge(t, w, Float::sum));
    List<Map<String, Float>> recent = new java.util.ArrayList<>(old == null ? List.of() : old.recent());
    if (!vector.isEmpty() && settings.recentItems() > 0) {
      recent.add(top(vector, RECENT_TERMS));
      while (recent.size() > settings.recentItems()) {
        recent.remove(0);
      }
    }
    StoryProfile updated = new StoryProfile(storyId, trim(centroid), recent,
        old == null ? 1 : old.items() + 1,
        old == null ? eventTime : min(old.firstSeen(), eventTime),
        old == null ? eventTime : max(old.lastSeen(), eventTime));
    keep(updated);
    return updated;
  }

  /** Closes stories last seen before {@code now - window}; returns their ids. */
  public List<String> expire(Instant now) {
    Instant cutoff = now.minus(settings.window());
    List<String> closed = open.values().stream().filter(p -> p.lastSeen().isBefore(cutoff))
        .map(StoryProfile::id).sorted().toList();
    closed.forEach(id -> {
      StoryProfile p = open.remove(id);
      norms.remove(id);
      if (p != null) {
        p.centroid().keySet().forEach(t -> unindex(t, id));
      }
    });
    return closed;
  }

  public boolean isOpen(String storyId) {
    return open.containsKey(storyId);
  }

  /**
   * The open stories that share at least one of the item's strongest terms. A story sharing none of them
   * cannot reach a useful similarity, and skipping it keeps the cost per item independent of how many
   * stories are open.
   */
  private java.util.Collection<StoryProfile> candidates(Map<String, Float> vector) {
    java.util.Set<String> ids = new java.util.TreeSet<>();
    for (String term : top(vector, CANDIDATE_TERMS).keySet()) {
      ids.addAll(storiesByTerm.getOrDefault(term, java.util.Set.of()));
    }
    return ids.stream().map(open::get).filter(java.util.Objects::nonNull).toList();
  }

  private void unindex(String term, String id) {
    java.util.Set<String> ids = storiesByTerm.get(term);
    if (ids != null) {
      ids.remove(id);
      if (ids.isEmpty()) {
        storiesByTerm.remove(term);
      }
    }
  }

  private void keep(StoryProfile p) {
    StoryProfile old = open.put(p.id(), p);
    if (old != null) {
      old.centroid().keySet().stream().filter(t -> !p.centroid().containsKey(t)).forEach(t -> unindex(t, p.id()));
    }
    p.centroid().keySet().forEach(t -> storiesByTerm.computeIfAbsent(t, k -> new java.util.HashSet<>()).add(p.id()));
    double n = 0;
    for (float w : p.centroid().values()) {
      n += w * w;
    }
    norms.put(p.id(), Math.sqrt(n));
  }

  /** The better of the item's similarity to the story as a whole and to any of its recent items. */
  private double similarity(Map<String, Float> vector, StoryProfile story) {
    double norm = norms.getOrDefault(story.id(), 0.0);
    double best = 0;
    if (norm > 0) {
      double dot = 0;
      for (Map.Entry<String, Float> e : vector.entrySet()) {
        Float w = story.centroid().get(e.getKey());
        if (w != null) {
          dot += e.getValue() * w;
        }
      }
      best = dot / norm;
    }
    for (Map<String, Float> item : story.recent()) {
      best = Math.max(best, cosine(vector, item));
    }
    return best;
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

  private static Map<String, Float> top(Map<String, Float> weights, int n) {
    if (weights.size() <= n) {
      return weights;
    }
    Map<String, Float> top = new HashMap<>();
    weights.entrySet().stream()
        .sorted(Map.Entry.<String, Float>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(n).forEach(e -> top.put(e.getKey(), e.getValue()));
    return top;
  }

  static double cosine(Map<String, Float> a, Map<String, Float> b) {
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
    double na = 0;
    for (float w : a.values()) {
      na += w * w;
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
