package io.wirewatch.alerts.escalation;

import io.wirewatch.model.AlertDetails;
import io.wirewatch.model.DecisionStatus;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A story's place on the escalation ladder, as a value the story state keeps (JSON-serialisable). The
 * story's level is the highest level among its usable items; {@link #apply} folds in one item and says
 * whether the story rose. The first item sets the baseline silently; duplicates add nothing; a kill or a
 * withhold removes that item's evidence; only stories the ladder applies to (conflict, unrest,
 * security) raise alerts.
 *
 * @param domain the story's domain so far
 * @param domainBySubjectCode true when an IPTC subject code decided {@code domain}
 * @param itemLevels highest level seen per usable item uri
 * @param items how many items (of any status) the story has seen
 */
public record EscalationLadder(StoryDomain domain, boolean domainBySubjectCode,
    Map<String, EscalationLevel> itemLevels, int items) {

  public EscalationLadder {
    domain = Objects.requireNonNullElse(domain, StoryDomain.UNKNOWN);
    itemLevels = itemLevels == null ? Map.of() : Map.copyOf(itemLevels);
  }

  /** A story before its first item. */
  public static EscalationLadder empty() {
    return new EscalationLadder(StoryDomain.UNKNOWN, false, Map.of(), 0);
  }

  /**
   * One item as the ladder sees it.
   *
   * @param itemUri the item's uri (versions of one uri share their evidence)
   * @param status the item's decision status
   * @param domain the item's own classification
   * @param evidence what {@link EscalationDetector#detect} found in it
   * @param headlineTrusted false when the headline belongs to another story: its evidence is ignored
   */
  public record Input(String itemUri, DecisionStatus status, DomainClassifier.Classification domain,
      List<Evidence> evidence, boolean headlineTrusted) {
    public Input {
      Objects.requireNonNull(itemUri, "itemUri");
      Objects.requireNonNull(status, "status");
      evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
  }

  /** The new state, the alert when the story rose, and the evidence that counted for this item. */
  public record Step(EscalationLadder state, Optional<AlertDetails.Escalation> alert, Optional<Evidence> evidence) {}

  /** The story's level: the highest among its usable items. */
  public EscalationLevel level() {
    return itemLevels.values().stream().reduce(EscalationLevel.NONE, EscalationLevel::max);
  }

  /** Folds one item into the story. */
  public static Step apply(EscalationLadder state, Input in) {
    EscalationLadder s = state == null ? empty() : state;
    int items = s.items + 1;
    switch (in.status()) {
      case DUPLICATE -> {
        return new Step(new EscalationLadder(s.domain, s.domainBySubjectCode, s.itemLevels, items),
            Optional.empty(), Optional.empty());
      }
      case KILL, WITHHELD -> {
        Map<String, EscalationLevel> levels = new LinkedHashMap<>(s.itemLevels);
        levels.remove(in.itemUri());
        return new Step(new EscalationLadder(s.domain, s.domainBySubjectCode, levels, items),
            Optional.empty(), Optional.empty());
      }
      default -> {
        return usable(s, in, items);
      }
    }
  }

  private static Step usable(EscalationLadder s, Input in, int items) {
    Optional<Evidence> top = in.evidence().stream()
        .filter(e -> in.headlineTrusted() || !e.fromHeadline())
        .max(Comparator.comparing(Evidence::level));
    EscalationLadder merged = s.withDomain(in.domain());
    Optional<Evidence> counted = top.filter(e -> merged.domain.hasLadder());
    EscalationLevel itemLevel = counted.map(Evidence::level).orElse(EscalationLevel.NONE);
    Map<String, EscalationLevel> levels = new LinkedHashMap<>(s.itemLevels);
    levels.merge(in.itemUri(), itemLevel, EscalationLevel::max);
    EscalationLadder next = new EscalationLadder(merged.domain, merged.domainBySubjectCode, levels, items);
    EscalationLevel before = s.level();
    Optional<AlertDetails.Escalation> alert = Optional.empty();
    if (s.items > 0 && next.level().compareTo(before) > 0 && counted.isPresent()) {
      Evidence e = counted.get();
      alert = Optional.of(new AlertDetails.Escalation(before.id(), next.level().id(), e.cue(), e.sentence()));
    }
    return new Step(next, alert, counted);
  }

  private EscalationLadder withDomain(DomainClassifier.Classification c) {
    if (c == null || c.domain() == StoryDomain.UNKNOWN) {
      return this;
    }
    boolean replace = domain == StoryDomain.UNKNOWN
        || (c.bySubjectCode() && !domainBySubjectCode)
        || (c.bySubjectCode() == domainBySubjectCode && !domain.hasLadder() && c.domain().hasLadder());
    return replace ? new EscalationLadder(c.domain(), c.bySubjectCode(), itemLevels, items) : this;
  }
}
