package io.wirewatch.app;

import io.wirewatch.stories.StoryTopology;
import io.wirewatch.alerts.HeadlineMismatchRule;
import io.wirewatch.alerts.StoryRules;
import io.wirewatch.stories.StoryStage;
import io.wirewatch.alerts.escalation.EscalationConfig;
import io.wirewatch.alerts.escalation.EscalationDetector;
import io.wirewatch.alerts.watch.WatchlistMatcher;
import io.wirewatch.dedup.DecisionTopology;
import io.wirewatch.dedup.Signer;
import io.wirewatch.figures.FigureExtractor;
import io.wirewatch.figures.FigureLedger;
import io.wirewatch.formats.ParseTopology;
import io.wirewatch.formats.WireParsers;
import io.wirewatch.metrics.Meters;
import io.wirewatch.model.Topics;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Assembles every sub-topology on one builder: parse (parallel), decide (one ordered task), and the story
 * stage (merge, figures, rules, watch queries; parallel by story). Resources the topology needs while it
 * runs (the watchlist matcher and its reload thread) are added to {@code resources} for the caller to close.
 */
public final class TopologyFactory {
  private static final Logger LOG = LoggerFactory.getLogger(TopologyFactory.class);

  private TopologyFactory() {}

  public static Topology build(AppConfig config, List<AutoCloseable> resources, Meters meters) {
    Topics topics = config.topicNames();
    StreamsBuilder builder = new StreamsBuilder();
    new ParseTopology(topics, new WireParsers(config.ingest().maxBytes()), Signer.standard(), meters.parse())
        .addTo(builder);
    new DecisionTopology(topics, config.decide().settings(), config.decide().stories(),
        nanos -> meters.clusterTimer().record(nanos, TimeUnit.NANOSECONDS),
        c -> meters.windowLimited(c.texts(), c.stories())).addTo(builder);
    WatchlistMatcher watch = WatchlistMatcher.fromDirectory(config.alerts().watchlistsDir());
    watch.errors().forEach(e -> LOG.warn("watchlist error {}", e));
    LOG.info("{} watch queries from {}", watch.size(), config.alerts().watchlistsDir());
    watch.startPolling(config.alerts().watchlistsReload());
    resources.add(watch);
    EscalationDetector detector = new EscalationDetector(config.alerts().escalationFile() == null
        ? EscalationConfig.loadDefault() : EscalationConfig.load(config.alerts().escalationFile()));
    StoryRules rules = new StoryRules(detector, HeadlineMismatchRule.defaults());
    FigureExtractor extractor = new FigureExtractor(config.alerts().figuresProfile());
    FigureLedger ledger = new FigureLedger(config.alerts().figures());
    new StoryTopology(topics, () -> new StoryStage(extractor, ledger, rules, watch::match), Clock.systemUTC(),
        nanos -> meters.extractionTimer().record(nanos, TimeUnit.NANOSECONDS),
        config.decide().settings().versionRetention()).addTo(builder);
    return builder.build();
  }
}
