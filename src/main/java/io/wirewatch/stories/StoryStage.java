package io.wirewatch.stories;

import io.wirewatch.alerts.RuleAlerts;
import io.wirewatch.alerts.StoryRuleState;
import io.wirewatch.alerts.StoryRules;
import io.wirewatch.alerts.watch.WatchMatch;
import io.wirewatch.alerts.watch.WatchQuery;
import io.wirewatch.figures.FigureEvent;
import io.wirewatch.figures.FigureExtractor;
import io.wirewatch.figures.FigureLedger;
import io.wirewatch.figures.LedgerState;
import io.wirewatch.figures.LedgerUpdate;
import io.wirewatch.model.Alert;
import io.wirewatch.model.AlertDetails;
import io.wirewatch.model.DecidedItem;
import io.wirewatch.model.Decision;
import io.wirewatch.model.DecisionStatus;
import io.wirewatch.model.Figure;
import io.wirewatch.model.Story;
import io.wirewatch.model.WireItem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The story stage for one decided item (pure): merges it into its story, extracts its figures into the
 * story's ledger, runs the story rules (headline mismatch, kill, correction, escalation) and the desks'
 * watch queries, and returns the new story, the new state and the alerts raised. Duplicates, kills and
 * withheld items carry no figures and raise no escalation; a kill takes its figures and evidence back.
 * A redelivered item the story already holds changes nothing and raises nothing: replayed into a ledger
 * that has moved on, its figure would read as a new change.
 */
public final class StoryStage {
  /** What one item changed. */
  public record Result(Story story, StoryState state, List<Alert> alerts, List<String> errors) {}

  private final StoryMerger merger = new StoryMerger();
  private final FigureExtractor extractor;
  private final FigureLedger ledger;
  private final StoryRules rules;
  private final Function<WireItem, List<WatchMatch>> watch;

  public StoryStage(FigureExtractor extractor, FigureLedger ledger, StoryRules rules,
      Function<WireItem, List<WatchMatch>> watch) {
    this.extractor = extractor;
    this.ledger = ledger;
    this.rules = rules;
    this.watch = watch;
  }

  public Result apply(Story old, StoryState state, DecidedItem decided, Instant now) {
    StoryState s = state == null ? StoryState.empty() : state;
    if (merger.alreadyMerged(old, decided)) {
      return new Result(old, s, List.of(), List.of());
    }
    Decision d = decided.decision();
    WireItem item = decided.item();
    Story merged = merger.merge(old, decided, now);
    List<String> errors = new ArrayList<>();
    List<Draft> drafts = new ArrayList<>();
    boolean usable = d.status() == DecisionStatus.NEW || d.status() == DecisionStatus.UPDATE
        || d.status() == DecisionStatus.CORRECTION;

    StoryRules.Outcome ruled = rules.evaluate(s.rules(), item, d.status(), s.previousVersion(item.uri()));
    errors.addAll(ruled.errors());
    ruled.alerts().forEach(a -> drafts.add(Draft.of(RuleAlerts.of(d.story(), item, a))));

    boolean borrowedHeadline = ruled.alerts().stream().anyMatch(a -> a instanceof AlertDetails.HeadlineMismatch);
    WireItem trusted = borrowedHeadline ? bodyOnly(item) : item;
    List<Figure> figures = usable ? safeExtract(trusted, errors) : List.of();
    FigureLedger.Result counted = ledger.apply(s.ledger(), new LedgerUpdate(d.story(), item.uri(), item.source(),
        item.agency(), item.versionCreated(), d.status(), figures, item.receivedAt()));
    counted.events().forEach(e -> drafts.add(Draft.of(e)));

    StoryRuleState ruleState = ruled.state();
    if (usable) {
      List<WatchQuery> alerted = new ArrayList<>();
      java.util.Set<List<String>> seen = new java.util.HashSet<>();
      for (WatchMatch m : safeWatch(trusted, errors)) {
        if (!ruleState.watched().alreadyAlerted(m.query().desk(), m.query().id())
            && seen.add(List.of(m.query().desk(), m.query().id()))) {
          RuleAlerts.Draft w = RuleAlerts.of(d.story(), item, m.details());
          drafts.add(Draft.of(new RuleAlerts.Draft(w.id(), w.type(), m.query().severity(), w.title(), w.text(),
              w.desk(), w.details())));
          alerted.add(m.query());
        }
      }
      if (!alerted.isEmpty()) {
        ruleState = new StoryRuleState(ruleState.ladder(), ruleState.terms(), ruleState.watched().rememberAll(alerted));
      }
    }
    StoryState next = new StoryState(counted.state(), ruleState, s.recentVersions());
    if (d.status() != DecisionStatus.DUPLICATE) {
      next = next.remember(item);
    }
    Story story = withAnalysis(merged, next, drafts.size());
    List<Alert> alerts = drafts.stream().map(dr -> dr.toAlert(story, d, item, now)).toList();
    return new Result(story, next, alerts, errors);
  }

  private static Story withAnalysis(Story merged, StoryState state, int newAlerts) {
    var ladder = state.rules().ladder();
    String level = ladder.level().id().equals("none") ? null : ladder.level().id();
    String domain = ladder.domain().id().equals("unknown") ? null : ladder.domain().id();
    return new Story(merged.id(), merged.headline(), merged.agencies(), merged.items(), merged.counts(),
        merged.firstSeen(), merged.lastSeen(), merged.updatedAt(), level, domain, series(state.ledger()),
        merged.alerts() + newAlerts, merged.languages());
  }

  /** The story's figures as a reader follows them: each figure's values that counted, oldest first. */
  static List<Story.FigureSeries> series(LedgerState ledger) {
    List<Story.FigureSeries> out = new ArrayList<>();
    for (Map.Entry<String, List<LedgerState.Entry>> e : ledger.figures().entrySet()) {
      List<LedgerState.Entry> counted = e.getValue().stream().filter(LedgerState.Entry::counts).toList();
      if (counted.isEmpty()) {
        continue;
      }
      String metric = e.getKey().substring(0, e.getKey().indexOf('|'));
      String subject = counted.get(counted.size() - 1).subject();
      out.add(new Story.FigureSeries(metric, subject, e.getKey(), counted.stream()
          .map(p -> new Story.FigurePoint(p.value(), p.qualifier() == null ? null : p.qualifier().id(), p.agency(),
              p.source(), p.at(), p.sentence()))
          .toList()));
    }
    return out;
  }

  /** The item without its headline: a headline that belongs to another story gives it no figures or matches. */
  private static WireItem bodyOnly(WireItem i) {
    return new WireItem(i.uri(), i.version(), i.versionCreated(), i.firstCreated(), i.agency(), i.language(), "",
        i.body(), i.slugline(), i.dateline(), i.located(), i.byline(), i.urgency(), i.pubStatus(), i.signals(),
        i.ednote(), i.subjects(), i.places(), i.source(), i.format(), i.receivedAt());
  }

  private List<Figure> safeExtract(WireItem item, List<String> errors) {
    try {
      return extractor.extract(item);
    } catch (RuntimeException e) {
      errors.add("FIGURES: " + e);
      return List.of();
    }
  }

  private List<WatchMatch> safeWatch(WireItem item, List<String> errors) {
    try {
      return watch.apply(item);
    } catch (RuntimeException e) {
      errors.add("WATCH: " + e);
      return List.of();
    }
  }

  /** An alert before the story and provenance are attached. */
  private record Draft(String id, io.wirewatch.model.AlertType type, io.wirewatch.model.Severity severity,
      String title, String text, String desk, AlertDetails details) {
    static Draft of(RuleAlerts.Draft r) {
      return new Draft(r.id(), r.type(), r.severity(), r.title(), r.text(), r.desk(), r.details());
    }

    static Draft of(FigureEvent e) {
      return new Draft(e.alertId(), e.type(), e.severity(), e.title(), e.text(), null, e.details());
    }

    Alert toAlert(Story story, Decision d, WireItem item, Instant now) {
      return new Alert(id, type, severity, story.id(), story.headline(), item.uri(), item.source(), item.agency(),
          story.agencies(), title, text, desk, now, item.receivedAt(), details);
    }
  }
}
