package io.wirewatch.dedup;

import io.wirewatch.model.ContentSignature;
import io.wirewatch.model.Decision;
import io.wirewatch.model.DecisionStatus;
import io.wirewatch.model.SignedItem;
import io.wirewatch.model.WireItem;
import io.wirewatch.stories.ClosedStories;
import io.wirewatch.stories.StoryClusterer;
import io.wirewatch.stories.StoryProfile;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one place that sees every item in arrival order and decides what it is: the version stage (per uri),
 * duplicate detection (exact and near, within the dedup window) and story assignment (online clustering).
 * Pure: it holds the state in memory and reports what changed, so the Kafka processor around it can
 * persist exactly that.
 */
public final class Decider {

  /**
   * @param nearDuplicateThreshold least estimated Jaccard similarity for a copy under another uri
   * @param refileThreshold least similarity for a later version of the same uri to count as a repeat
   * @param dedupWindow how long texts are remembered (event time)
   * @param maxSkew how far past its receipt an item's version time may lie before it is clamped
   * @param versionRetention how long a uri's newest version is remembered after it was decided (event time):
   *     a later version of a uri idle for longer is decided as new
   */
  public record Settings(double nearDuplicateThreshold, double refileThreshold, Duration dedupWindow,
      Duration maxSkew, Duration versionRetention, int dedupMaxTexts) {
    /** The default skew allowed between a sender's clock and ours. */
    public static final Duration DEFAULT_SKEW = Duration.ofMinutes(5);
    /** The default version memory: longer than a story stays open (14 days and a day's grace). */
    public static final Duration DEFAULT_VERSION_RETENTION = Duration.ofDays(30);
    /**
     * The default number of texts the dedup window holds at most (about 3 KB of heap each with their index on
     * real copy, so about 155 MB): at more than about 0.2 items a second the window is this many texts
     * rather than its hours.
     */
    public static final int DEFAULT_MAX_TEXTS = 50_000;

    public Settings(double nearDuplicateThreshold, double refileThreshold, Duration dedupWindow) {
      this(nearDuplicateThreshold, refileThreshold, dedupWindow, DEFAULT_SKEW, DEFAULT_VERSION_RETENTION);
    }

    public Settings(double nearDuplicateThreshold, double refileThreshold, Duration dedupWindow, Duration maxSkew,
        Duration versionRetention) {
      this(nearDuplicateThreshold, refileThreshold, dedupWindow, maxSkew, versionRetention, DEFAULT_MAX_TEXTS);
    }

    public static Settings standard() {
      return new Settings(0.8, 0.85, Duration.ofHours(72));
    }
  }

  /** What deciding one item changed, for the processor to persist and emit. */
  public record Outcome(Decision decision, String uri, VersionState version, DuplicateIndex.Entry remembered,
      StoryProfile story, Map<String, Float> observedTerms, Instant clock, List<String> forgotten,
      List<String> closedStories, EventTime.Clamp clamp, List<ClosedStories.Closed> rememberedStories,
      List<String> forgottenStories, Crowded crowded) {}

  /** How many texts were forgotten and stories closed by the count limits (not by time) in one decision. */
  public record Crowded(int texts, int stories) {
    static final Crowded NONE = new Crowded(0, 0);
  }

  private final Settings settings;
  private final VersionClassifier versions = new VersionClassifier();
  private final DuplicateIndex index;
  private final StoryClusterer clusterer;
  private final VersionLookup known;
  private Instant clock;
  private Instant lastExpiry;

  /** Where the decider reads what it knows of a uri (a state store in production). */
  @FunctionalInterface
  public interface VersionLookup {
    VersionState get(String uri);
  }

  public Decider(Settings settings, DuplicateIndex index, StoryClusterer clusterer, VersionLookup known,
      Instant clock) {
    this.settings = settings;
    this.index = index;
    this.clusterer = clusterer;
    this.known = known;
    this.clock = clock;
    this.lastExpiry = clock;
  }

  public Outcome decide(SignedItem signed) {
    WireItem item = signed.item();
    EventTime at = EventTime.of(item.versionCreated(), item.receivedAt(), clock, settings.maxSkew());
    Instant eventTime = at.time();
    clock = clock == null || eventTime.isAfter(clock) ? eventTime : clock;
    VersionState state = known.get(item.uri());
    boolean repeatsLatest = state != null && repeats(state, signed.content());
    VersionClassifier.Verdict v = versions.classify(state, item, repeatsLatest);
    List<String> reasons = new ArrayList<>(v.reasons());
    String clampReason = at.reason(item.versionCreated(), item.receivedAt());
    String duplicateOf = v.duplicateOf();
    DecisionStatus status = v.status();
    String story = state == null ? null : state.story();
    if (state == null && status == DecisionStatus.NEW) {
      Optional<DuplicateIndex.Match> copy = index.find(signed.content(), settings.nearDuplicateThreshold());
      if (copy.isPresent()) {
        DuplicateIndex.Match m = copy.get();
        status = DecisionStatus.DUPLICATE;
        duplicateOf = m.source();
        story = m.story();
        reasons.clear();
        if (clampReason != null) {
          reasons.add(clampReason);
        }
        reasons.add((m.exact() ? "same text as " : String.format(Locale.ROOT, "copies %.0f%% of ",
            m.similarity() * 100)) + m.source());
      }
    }
    Map<String, Float> observed = Map.of();
    StoryProfile profile = null;
    boolean carriesText = status != DecisionStatus.DUPLICATE && status != DecisionStatus.KILL
        && status != DecisionStatus.WITHHELD && v.newest();
    if (carriesText) {
      clusterer.observe(signed.terms());
      observed = signed.terms();
    }
    Map<String, Float> vector = clusterer.vector(signed.terms());
    if (story == null) {
      StoryClusterer.Assignment a = clusterer.assign(vector, eventTime, storyIdFor(item, eventTime));
      story = a.storyId();
      reasons.add(a.reason());
    }
    List<String> forgottenStories = new ArrayList<>();
    if (!clusterer.isOpen(story) && clusterer.remembered(story) != null) {
      forgottenStories.add(story);
    }
    if (carriesText || !clusterer.isOpen(story)) {
      profile = clusterer.join(story, carriesText ? vector : Map.of(), eventTime);
    }
    DuplicateIndex.Entry remembered = null;
    if (carriesText) {
      remembered = new DuplicateIndex.Entry(entryId(item), item.uri(), item.source(), story,
          signed.content().exactHash(), signed.content().minHash(), signed.content().numbers(),
          signed.content().words(), eventTime);
      index.add(remembered);
    }
    List<String> crowdedOut = index.size() > settings.dedupMaxTexts()
        ? index.expireOldest(index.size() - settings.dedupMaxTexts() + settings.dedupMaxTexts() / 10) : List.of();
    if (clampReason != null && !reasons.contains(clampReason)) {
      reasons.add(clampReason);
    }
    VersionState nextVersion = nextVersion(state, item, status, story, remembered, v.newest(), eventTime);
    Decision decision = new Decision(item.uri(), item.version(), item.source(), item.agency(), item.format(),
        item.headline(), story, status, duplicateOf, reasons, item.versionCreated(), item.receivedAt(), eventTime);
    List<String> forgotten = List.of();
    List<String> closed = List.of();
    List<ClosedStories.Closed> rememberedStories = List.of();
    if (lastExpiry == null) {
      lastExpiry = clock;
    }
    if (clock.truncatedTo(ChronoUnit.HOURS).isAfter(lastExpiry.truncatedTo(ChronoUnit.HOURS))) {
      lastExpiry = clock;
      forgotten = index.expireBefore(clock.minus(settings.dedupWindow()));
      closed = clusterer.expire(clock);
      rememberedStories = closed.stream().map(clusterer::remembered).filter(java.util.Objects::nonNull).toList();
      forgottenStories.addAll(clusterer.forgetClosed(clock));
    }
    List<String> crowdedStories = clusterer.closeBeyondLimit();
    if (!crowdedStories.isEmpty()) {
      closed = plus(closed, crowdedStories);
      rememberedStories = plus(rememberedStories,
          crowdedStories.stream().map(clusterer::remembered).filter(java.util.Objects::nonNull).toList());
    }
    if (!crowdedOut.isEmpty()) {
      forgotten = plus(forgotten, crowdedOut);
    }
    Crowded crowded = crowdedOut.isEmpty() && crowdedStories.isEmpty() ? Crowded.NONE
        : new Crowded(crowdedOut.size(), crowdedStories.size());
    return new Outcome(decision, item.uri(), nextVersion, remembered, profile, observed, clock, forgotten, closed,
        at.clamp(), rememberedStories, forgottenStories, crowded);
  }

  private VersionState nextVersion(VersionState state, WireItem item, DecisionStatus status, String story,
      DuplicateIndex.Entry remembered, boolean newest, Instant at) {
    if (state == null) {
      return new VersionState(item.version(), item.versionCreated(), status, item.source(), item.source(), story,
          remembered == null ? null : remembered.id(), at);
    }
    if (!newest) {
      return state;
    }
    String entry = remembered == null ? state.latestEntry() : remembered.id();
    return state.next(item.version(), item.versionCreated(), status, item.source(), entry, at);
  }

  /**
   * Whether a later version only repeats the newest one: the same text, or nearly the same text with the
   * same numbers and about the same length (a typo fixed, not a paragraph added).
   */
  private boolean repeats(VersionState state, ContentSignature sig) {
    return index.repeats(state.latestEntry(), sig, settings.refileThreshold());
  }

  private static <T> List<T> plus(List<T> a, List<T> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }

  static String entryId(WireItem item) {
    return item.uri() + "@" + item.version() + "@" + item.versionCreated();
  }

  /** A story id that depends only on the item that opened it, so replays give the same ids. */
  static String storyIdFor(WireItem item, Instant eventTime) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256")
          .digest((item.uri() + "|" + eventTime).getBytes(StandardCharsets.UTF_8));
      return "s-" + HexFormat.of().formatHex(d, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public Instant clock() {
    return clock;
  }
}
