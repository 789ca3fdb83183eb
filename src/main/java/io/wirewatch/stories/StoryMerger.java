package io.wirewatch.stories;

import io.wirewatch.model.DecidedItem;
import io.wirewatch.model.Decision;
import io.wirewatch.model.DecisionStatus;
import io.wirewatch.model.Story;
import io.wirewatch.model.WireItem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Merges a decided item into its story: appends the version, counts it, keeps the agencies and the
 * languages, and picks the headline of the latest of the most urgent usable items (killed, withheld and
 * duplicate items never give the headline). Pure.
 */
public final class StoryMerger {
  /**
   * A story keeps its latest this many item entries (oldest dropped first), so a story running for weeks
   * stays a small record; its counts keep counting every item.
   */
  static final int MAX_ENTRIES = 100;

  public Story merge(Story old, DecidedItem decided, Instant now) {
    Decision d = decided.decision();
    // the decider's event time (an undated item's receipt): never the wall clock, or a story that took a
    // plain-text item would look active until that wall-clock time and a replay of old copy never forget it
    Instant at = d.eventTime() != null ? d.eventTime() : d.versionCreated() != null ? d.versionCreated() : now;
    List<Story.Entry> entries = new ArrayList<>(old == null ? List.of() : old.items());
    entries.add(entry(decided));
    if (entries.size() > MAX_ENTRIES) {
      entries = new ArrayList<>(entries.subList(entries.size() - MAX_ENTRIES, entries.size()));
    }
    LinkedHashSet<String> agencies = new LinkedHashSet<>(old == null ? List.of() : old.agencies());
    if (d.agency() != null) {
      agencies.add(d.agency());
    }
    LinkedHashSet<String> languages = new LinkedHashSet<>(old == null ? List.of() : old.languages());
    String lang = decided.item() == null ? null : ItemLanguage.of(decided.item());
    if (lang != null && !lang.equals(ItemLanguage.UNDETERMINED)) {
      languages.add(lang);
    }
    Map<String, Integer> counts = new TreeMap<>(old == null ? Map.of() : old.counts());
    counts.merge(d.status().id(), 1, Integer::sum);
    Instant first = old == null || old.firstSeen() == null ? at : min(old.firstSeen(), at);
    Instant last = old == null || old.lastSeen() == null ? at : max(old.lastSeen(), at);
    return new Story(d.story(), headline(entries, old), List.copyOf(agencies), entries, counts, first, last, now,
        old == null ? null : old.level(), old == null ? null : old.domain(),
        old == null ? List.of() : old.figures(), old == null ? 0 : old.alerts(), List.copyOf(languages));
  }

  /**
   * True when the story already holds this very decision (same uri, version, source, status and receive
   * time): a redelivery of a record already merged, as at-least-once processing replays after a restart.
   * Only the story's kept entries are looked at.
   */
  public boolean alreadyMerged(Story old, DecidedItem decided) {
    return old != null && old.items().contains(entry(decided));
  }

  private static Story.Entry entry(DecidedItem decided) {
    Decision d = decided.decision();
    WireItem item = decided.item();
    return new Story.Entry(d.uri(), d.version(), d.source(), d.agency(), d.format(), d.headline(),
        d.status().id(), d.duplicateOf(), item == null ? null : item.urgency(), d.versionCreated(), d.receivedAt());
  }

  static String headline(List<Story.Entry> entries, Story old) {
    List<String> killed = entries.stream().filter(e -> e.status().equals(DecisionStatus.KILL.id()))
        .map(Story.Entry::uri).toList();
    return entries.stream()
        .filter(e -> usable(e.status()) && !killed.contains(e.uri()))
        .max(Comparator.comparing((Story.Entry e) -> -urgency(e))
            .thenComparing(e -> e.versionCreated() == null ? Instant.EPOCH : e.versionCreated()))
        .map(Story.Entry::headline)
        .orElse(old == null ? entries.get(entries.size() - 1).headline() : old.headline());
  }

  private static boolean usable(String status) {
    return !Objects.equals(status, DecisionStatus.DUPLICATE.id()) && !Objects.equals(status, DecisionStatus.KILL.id())
        && !Objects.equals(status, DecisionStatus.WITHHELD.id());
  }

  private static int urgency(Story.Entry e) {
    return e.urgency() == null ? 5 : e.urgency();
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
