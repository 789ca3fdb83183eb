package io.wirewatch.figures;

import io.wirewatch.model.DecisionStatus;
import io.wirewatch.model.Figure;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Objects;

/**
 * The per-story figure ledger (pure). For each item of a story, {@link #apply} returns the new ledger and
 * the figure alerts the item raises. A figure is keyed by metric and side ({@link Figure#key()}), so two
 * sides' counts are two figures. Each item first claims at most one value per figure ({@link ItemFigures}:
 * a headline the body does not support is no claim). Then, against the figure's current value:
 * <ul>
 *   <li>a figure's first value sets its baseline silently; the same value again confirms it;
 *   <li>a figure whose subject key names a narrower scope ("people@<place>": one province or district) is
 *       kept as its own figure and never alerted: it is part of the story's toll, not the toll;
 *   <li>a value from an item older (event time, never later than its receipt) than the current value's item
 *       never moves the figure down or sideways: a slower outlet delivering what was true earlier is not news;
 *   <li>a value the story counted within the conflict window (event time) is not a change: an agency
 *       restating what another said before it moved on, unless the text presents it as a revision or the
 *       item is a correction (a count that falls back to a value of days ago is news);
 *   <li>a growing count's value that the story held and then lowered, reported again with no revision
 *       stated, is the superseded toll: set aside, no rise;
 *   <li>a lower bound below the current value ("more than 20" after 21) agrees with it, and so does a round
 *       approximation within 5% ("about 300" after 309): nothing;
 *   <li>a lower value of a count that only grows (killed, injured, arrested, evacuated) is a change only
 *       when the text says it was revised down or states the higher earlier figure, the item is a
 *       correction, or the agency that gave the current value lowers it itself; otherwise it is a
 *       conflict when two named agencies disagree within the window (the higher value stays current), else
 *       set aside as stale, until a second reporter contradicts an unconfirmed peak (below);
 *   <li>any other different value is FIGURE_CHANGED from the current value, or FIGURE_CONFLICT [earlier, new]
 *       when two named agencies disagree within the conflict window, close in value, with no revision
 *       stated and not a lower bound refined upward; the new value then counts as current.
 * </ul>
 * A growing count's current value that no other reporter confirmed, once two other reporters have given lower
 * values above the count before it, is set aside as a misread peak and the newer value becomes current
 * (FIGURE_CHANGED down): one wrong high figure must not freeze the count. Duplicates and withheld items
 * change nothing; a kill removes that item's values. Set-aside values stay in
 * the history with their reason.
 */
public final class FigureLedger {
  /** How far ahead of our clock an agency's timestamp may run before it is taken as wrong. */
  static final Duration CLOCK_SKEW = Duration.ofMinutes(15);
  static final String OLDER = "older than the current figure";
  static final String ALREADY_REPORTED = "a value already reported";
  static final String WITHIN_LOWER_BOUND = "a lower bound the current figure already meets";
  static final String APPROXIMATION = "a round approximation of the current figure";
  static final String LOWER_NOT_REVISED = "lower than the current figure with no revision stated";
  static final String UNCONFIRMED_PEAK = "a peak no other report confirmed, contradicted by later lower ones";
  static final String LOWER_IN_CONFLICT = "another agency's lower count; the higher one stands";
  static final String REVISED_AWAY = "a value the story was revised down from";

  /** The new ledger and the alerts for one item. */
  public record Result(LedgerState state, List<FigureEvent> events) {
    public Result {
      events = List.copyOf(events);
    }
  }

  /** What one value does to its figure. */
  private sealed interface Verdict {
    record Counts() implements Verdict {}

    record Aside(String reason) implements Verdict {}

    /** A change; {@code dropsPeak} when it also sets aside an unconfirmed peak it falls below. */
    record Changed(boolean dropsPeak) implements Verdict {}

    /** Two agencies disagree; {@code counts} when the new value becomes the current one. */
    record Conflict(boolean counts) implements Verdict {}
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
    for (ItemFigures.Claim claim : ItemFigures.of(update.figures())) {
      Figure f = noLaterThanReceipt(claim.figure(), update.receivedAt());
      List<LedgerState.Entry> history = figures.getOrDefault(f.key(), List.of());
      LedgerState.Entry latest = LedgerState.current(history);
      Verdict verdict = claim.counts() ? judge(history, latest, f, update.status())
          : new Verdict.Aside(claim.aside());
      switch (verdict) {
        case Verdict.Changed c -> {
          events.add(FigureAlerts.changed(update.story(), latest, f));
          if (c.dropsPeak()) {
            history = withoutStanding(history, latest.value());
          }
        }
        case Verdict.Conflict c -> events.add(FigureAlerts.conflict(update.story(), latest, f));
        case Verdict.Counts c -> { }
        case Verdict.Aside a -> { }
      }
      LedgerState.Entry entry = switch (verdict) {
        case Verdict.Aside a -> LedgerState.Entry.aside(f, a.reason());
        case Verdict.Conflict c when !c.counts() -> LedgerState.Entry.aside(f, LOWER_IN_CONFLICT);
        default -> LedgerState.Entry.of(f);
      };
      figures.put(f.key(), append(history, entry));
    }
    return new Result(new LedgerState(figures), events);
  }

  private Verdict judge(List<LedgerState.Entry> history, LedgerState.Entry latest, Figure f, DecisionStatus status) {
    if (latest == null || latest.value() == f.value()) {
      return new Verdict.Counts();
    }
    if (narrower(f.subjectKey())) {
      return new Verdict.Counts();
    }
    boolean up = f.value() > latest.value();
    boolean growing = f.metric().cumulative();
    if (f.time() != null && latest.at() != null && f.time().isBefore(latest.at()) && !(growing && up)) {
      return new Verdict.Aside(OLDER);
    }
    boolean stated = f.revised() || status == DecisionStatus.CORRECTION;
    if (up && growing && !stated && revisedAway(history, f.value())) {
      return new Verdict.Aside(REVISED_AWAY);
    }
    if (!stated && !sameAgency(latest, f) && history.stream()
        .anyMatch(e -> e.counts() && e.value() == f.value() && withinWindow(e, f))) {
      return new Verdict.Aside(ALREADY_REPORTED);
    }
    if (!up && f.qualifier().lowerBound()) {
      return new Verdict.Aside(WITHIN_LOWER_BOUND);
    }
    if (approximates(f, latest.value())) {
      return new Verdict.Aside(APPROXIMATION);
    }
    if (!up && growing && !statedLower(f, status) && !sameAgency(latest, f)) {
      if (conflicts(latest, f)) {
        return new Verdict.Conflict(false);
      }
      return unconfirmedPeak(history, latest, f) ? new Verdict.Changed(true) : new Verdict.Aside(LOWER_NOT_REVISED);
    }
    return conflicts(latest, f) ? new Verdict.Conflict(true) : new Verdict.Changed(false);
  }

  /**
   * The story held {@code value} for a growing count and then lowered it (a lower value counted after it: only
   * a stated revision, a correction or the same agency lowers a growing count): a later report of that value
   * with no revision of its own restates the superseded toll ("an earthquake that killed 52" after "the toll
   * was lowered to 42"), it is no rise.
   */
  private static boolean revisedAway(List<LedgerState.Entry> history, long value) {
    boolean held = false;
    for (LedgerState.Entry e : history) {
      if (e.counts() && e.value() == value) {
        held = true;
      } else if (held && e.counts() && e.value() < value) {
        return true;
      }
    }
    return false;
  }

  /**
   * The figure with an event time no later than its item's receipt (plus {@link #CLOCK_SKEW}): an item dated
   * in the future would otherwise make every real report after it look older and freeze the figure.
   */
  static Figure noLaterThanReceipt(Figure f, Instant receivedAt) {
    if (f.time() == null || receivedAt == null || !f.time().isAfter(receivedAt.plus(CLOCK_SKEW))) {
      return f;
    }
    return new Figure(f.metric(), f.subjectKey(), f.subject(), f.value(), f.qualifier(), f.previous(), f.revised(),
        f.sentence(), f.offset(), f.source(), f.itemUri(), f.agency(), receivedAt);
  }

  /**
   * The current value of a growing count is a peak nobody confirmed: no other reporter gave it since, and
   * besides {@code f} at least one other reporter has since given a lower value that is still above the
   * count before the peak. One misread high figure (a past toll, another metric's count) then stops
   * blocking the count's real progress once two others contradict it.
   */
  private static boolean unconfirmedPeak(List<LedgerState.Entry> history, LedgerState.Entry peak, Figure f) {
    int first = -1;
    for (int i = 0; i < history.size() && first < 0; i++) {
      if (history.get(i).counts() && history.get(i).value() == peak.value()) {
        first = i;
      }
    }
    long before = -1;
    for (int i = 0; i < first; i++) {
      LedgerState.Entry e = history.get(i);
      if (e.counts() && e.value() < peak.value()) {
        before = Math.max(before, e.value());
      }
    }
    if (first < 0 || before < 0 || f.value() <= before) {
      return false;
    }
    String peakBy = reporter(history.get(first).agency(), history.get(first).source());
    Set<String> lower = new HashSet<>();
    for (int i = first + 1; i < history.size(); i++) {
      LedgerState.Entry e = history.get(i);
      String by = reporter(e.agency(), e.source());
      if (e.counts() && e.value() == peak.value() && !by.equalsIgnoreCase(peakBy)) {
        return false;
      }
      if (LOWER_NOT_REVISED.equals(e.aside()) && e.value() > before && e.value() < peak.value()) {
        lower.add(by.toLowerCase(Locale.ROOT));
      }
    }
    lower.remove(reporter(f.agency(), f.source()).toLowerCase(Locale.ROOT));
    return !lower.isEmpty();
  }

  /** The history with the values equal to {@code peak} set aside as an unconfirmed peak. */
  private static List<LedgerState.Entry> withoutStanding(List<LedgerState.Entry> history, long peak) {
    return history.stream().map(e -> e.counts() && e.value() == peak
        ? new LedgerState.Entry(e.value(), e.qualifier(), e.subject(), e.source(), e.itemUri(), e.agency(), e.at(),
            e.sentence(), e.offset(), UNCONFIRMED_PEAK)
        : e).toList();
  }

  /** Who gave a value: its agency, else its source; "" when neither is known. */
  private static String reporter(String agency, String source) {
    return blank(agency) ? (source == null ? "" : source) : agency;
  }

  /**
   * A round number given as approximate ("about 20", "nearly 300") within 5% of the current value restates
   * it rounded: 21 missing, then "some 20 still missing", is no change.
   */
  static boolean approximates(Figure f, long current) {
    boolean approximate = f.qualifier() == Figure.Qualifier.ABOUT || f.qualifier() == Figure.Qualifier.NEARLY;
    return approximate && f.value() >= 10 && f.value() % 10 == 0
        && Math.abs(current - f.value()) * 20 <= f.value();
  }

  /** A subject key with a scope ("people@<place>") counts part of the story, not the story's figure. */
  static boolean narrower(String subjectKey) {
    return subjectKey.indexOf('@') >= 0;
  }

  /**
   * The item says the figure went down: a correction, a revision whose stated earlier figure is higher or
   * not given ("revised down to 40"), or a higher earlier figure stated ("correcting an earlier toll of 4").
   */
  private static boolean statedLower(Figure f, DecisionStatus status) {
    if (status == DecisionStatus.CORRECTION) {
      return true;
    }
    if (f.previous() != null) {
      return f.previous() > f.value();
    }
    return f.revised();
  }

  /**
   * Two named agencies disagree: close in event time and value, no revision stated, not a refined lower
   * bound. Without both agencies' names there is no telling a disagreement from news.
   */
  boolean conflicts(LedgerState.Entry earlier, Figure now) {
    if (earlier.at() == null || now.time() == null || now.revised()) {
      return false;
    }
    if (blank(earlier.agency()) || blank(now.agency()) || earlier.agency().equalsIgnoreCase(now.agency())) {
      return false;
    }
    if (!withinWindow(earlier, now)) {
      return false;
    }
    boolean earlierBound = earlier.qualifier() != null && earlier.qualifier().lowerBound();
    if ((earlierBound || now.qualifier().lowerBound()) && now.value() >= earlier.value()) {
      return false;
    }
    double base = Math.max(1, earlier.value());
    return Math.abs(now.value() - earlier.value()) / base <= config.conflictMaxRelativeDifference();
  }

  /** Both values were reported within the conflict window of each other (event time). */
  private boolean withinWindow(LedgerState.Entry earlier, Figure now) {
    return earlier.at() != null && now.time() != null
        && Duration.between(earlier.at(), now.time()).abs().compareTo(config.conflictWindow()) <= 0;
  }

  /** The same agency (or, when no agency is named, the same source) gave both values. */
  private static boolean sameAgency(LedgerState.Entry earlier, Figure now) {
    String a = reporter(earlier.agency(), earlier.source());
    return !a.isEmpty() && a.equalsIgnoreCase(reporter(now.agency(), now.source()));
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** The history with {@code entry} added; over the limit the oldest go first, never the current value. */
  private List<LedgerState.Entry> append(List<LedgerState.Entry> history, LedgerState.Entry entry) {
    List<LedgerState.Entry> next = new ArrayList<>(history);
    next.add(entry);
    LedgerState.Entry current = LedgerState.current(next);
    for (int i = 0; next.size() > config.historyLimit() && i < next.size(); ) {
      if (next.get(i) == current) {
        i++;
      } else {
        next.remove(i);
      }
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
