package io.wirewatch.dedup;

import io.wirewatch.model.DecisionStatus;
import io.wirewatch.model.PubStatus;
import io.wirewatch.model.WireItem;
import io.wirewatch.text.VersionMarkers;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Decides what an item is relative to the versions of its uri seen before: new, update, correction, kill,
 * withheld, a re-send of a version already seen, a later version that only repeats the text (a REFILE
 * fixing a typo), or an older version arriving late. Pure; the deciding task keeps the state.
 */
public final class VersionClassifier {

  /**
   * The verdict on one item.
   *
   * @param status what the item is
   * @param duplicateOf for a duplicate, the source it copies
   * @param reasons why, for people
   * @param newest whether this item becomes the uri's newest version
   */
  public record Verdict(DecisionStatus status, String duplicateOf, List<String> reasons, boolean newest) {}

  /**
   * @param known what is known of the uri, or null for a first version
   * @param item the item
   * @param repeatsLatest true when the item's text copies the uri's newest version (no new number or name)
   */
  public Verdict classify(VersionState known, WireItem item, boolean repeatsLatest) {
    List<String> reasons = new ArrayList<>();
    if (known != null && isSameVersion(known, item)) {
      reasons.add("same uri, version and time as " + known.latestSource() + ": a re-send");
      return new Verdict(DecisionStatus.DUPLICATE, known.latestSource(), reasons, false);
    }
    if (known != null && isOlder(known, item)) {
      reasons.add("older than the known version " + known.version() + " (" + known.versionCreated()
          + "): arrived late, not applied");
      return new Verdict(DecisionStatus.UPDATE, null, reasons, false);
    }
    DecisionStatus marked = marked(item, reasons);
    if (marked != null) {
      return new Verdict(marked, null, reasons, true);
    }
    if (known == null) {
      reasons.add("first version of this uri");
      return new Verdict(DecisionStatus.NEW, null, reasons, true);
    }
    if (known.status() == DecisionStatus.WITHHELD || known.status() == DecisionStatus.KILL) {
      reasons.add("released again after being " + known.status().id());
      return new Verdict(DecisionStatus.UPDATE, null, reasons, true);
    }
    if (repeatsLatest) {
      reasons.add("later version that repeats the text of " + known.latestSource() + " (refile)");
      return new Verdict(DecisionStatus.DUPLICATE, known.latestSource(), reasons, true);
    }
    reasons.add("later version of " + known.firstSource());
    return new Verdict(DecisionStatus.UPDATE, null, reasons, true);
  }

  private static DecisionStatus marked(WireItem item, List<String> reasons) {
    if (item.pubStatus() == PubStatus.CANCELED || item.hasSignal("kill")) {
      reasons.add("the agency killed the item");
      return DecisionStatus.KILL;
    }
    if (item.pubStatus() == PubStatus.WITHHELD) {
      reasons.add("pubStatus withheld");
      return DecisionStatus.WITHHELD;
    }
    if (isCorrection(item)) {
      reasons.add("marked as a correction");
      return DecisionStatus.CORRECTION;
    }
    return null;
  }

  static boolean isCorrection(WireItem item) {
    return VersionMarkers.isCorrection(item);
  }

  private static boolean isSameVersion(VersionState known, WireItem item) {
    return Objects.equals(known.version(), item.version())
        && Objects.equals(known.versionCreated(), item.versionCreated());
  }

  private static boolean isOlder(VersionState known, WireItem item) {
    return known.versionCreated() != null && item.versionCreated() != null
        && item.versionCreated().isBefore(known.versionCreated());
  }
}
