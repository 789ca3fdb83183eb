package io.wirewatch.figures;

import io.wirewatch.model.DecisionStatus;
import io.wirewatch.model.Figure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The per-story figure ledger (pure). For each item of a story, {@link #apply} returns the new ledger and
 * the figure alerts the item raises:
 * <ul>
 *   <li>a figure's first report sets its baseline silently;
 *   <li>a different value -> FIGURE_CHANGED from the latest earlier value (any agency);
 *   <li>a different value from another agency within the conflict window, not presented as a revision, not a
 *       rise stated against or as a lower bound ("more than 40" after 30), and close to the earlier one ->
 *       FIGURE_CONFLICT [earlier, new] instead;
 *       the new value then counts as latest;
 *   <li>a repeated value, duplicates and withheld items -> nothing; a kill removes that item's values.
 * </ul>
 */
public final class FigureLedger {
  /** The new ledger and the alerts for one item. */
  public record Result(LedgerState state, List<FigureEvent> events) {
    public Result {
      events = List.copyOf(events);
    }
  }

  private final FigureConfig config;

  public FigureLedger(FigureConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  public Result apply(LedgerState state, LedgerUpdate update) {
    LedgerState current = state == null ? LedgerState.empty() : state;
    return switch (update.status()) {
      case KILL -> new Result(withoutItem(current, update.itemUri()), List.of());
      case DUPLICATE, WITHHELD -> new Result(current, List.of());
      case NEW, UPDATE, CORRECTION -> record(current, update);
    };
  }

  private Result record(LedgerState state, LedgerUpdate update) {
    Map<String, List<LedgerState.Entry>> figures = new HashMap<>(state.figures());
    List<FigureEvent> events = new ArrayList<>();
    for (Figure f : update.figures()) {
      List<LedgerState.Entry> history = figures.getOrDefault(f.key(), List.of());
      if (!history.isEmpty()) {
        LedgerState.Entry latest = history.get(history.size() - 1);
        if (latest.value() != f.value()) {
          events.add(conflicts(latest, f)
              ? FigureAlerts.conflict(update.story(), latest, f)
              : FigureAlerts.changed(update.story(), latest, f));
        }
      }
      figures.put(f.key(), append(history, LedgerState.Entry.of(f)));
    }
    return new Result(new LedgerState(figures), events);
  }

  /** Two sources disagree: close in time, other agency, no revision stated, not a refined lower bound. */
  boolean conflicts(LedgerState.Entry earlier, Figure now) {
    if (earlier.at() == null || now.time() == null || now.revised()) {
      return false;
    }
    if (Duration.between(earlier.at(), now.time()).abs().compareTo(config.conflictWindow()) > 0) {
      return false;
    }
    if (sameAgency(earlier, now)) {
      return false;
    }
    boolean earlierBound = earlier.qualifier() != null && earlier.qualifier().lowerBound();
    if ((earlierBound || now.qualifier().lowerBound()) && now.value() >= earlier.value()) {
      return false;
    }
    double base = Math.max(1, earlier.value());
    return Math.abs(now.value() - earlier.value()) / base <= config.conflictMaxRelativeDifference();
  }

  private static boolean sameAgency(LedgerState.Entry earlier, Figure now) {
    String a = earlier.agency() != null ? earlier.agency() : earlier.source();
    String b = now.agency() != null ? now.agency() : now.source();
    return a != null && a.equalsIgnoreCase(b);
  }

  private List<LedgerState.Entry> append(List<LedgerState.Entry> history, LedgerState.Entry entry) {
    List<LedgerState.Entry> next = new ArrayList<>(history);
    next.add(entry);
    while (next.size() > config.historyLimit()) {
      next.remove(0);
    }
    return next;
  }

  private static LedgerState withoutItem(LedgerState state, String itemUri) {
    Map<String, List<LedgerState.Entry>> figures = new HashMap<>();
    state.figures().forEach((key, history) -> {
      List<LedgerState.Entry> kept = history.stream().filter(e -> !Objects.equals(e.itemUri(), itemUri)).toList();
      if (!kept.isEmpty()) {
        figures.put(key, kept);
      }
    });
    return new LedgerState(figures);
  }

  /** Statuses whose figures count; the others never raise figure alerts. */
  public static boolean counts(DecisionStatus status) {
    return status == DecisionStatus.NEW || status == DecisionStatus.UPDATE || status == DecisionStatus.CORRECTION;
  }
}
