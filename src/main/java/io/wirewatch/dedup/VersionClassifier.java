package io.wirewatch.dedup;

import io.wirewatch.model.DecisionStatus;
import io.wirewatch.model.PubStatus;
import io.wirewatch.model.WireItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Decides what an item is relative to the versions of its uri seen before: new, update, correction,
 * kill, withheld, or a duplicate re-send of a version already seen. Pure; the topology keeps the state.
 */
public final class VersionClassifier {
  private static final Pattern CORRECTION_HEADLINE =
      Pattern.compile("^(CORRECTED|CORRECTION)\\b.*", Pattern.CASE_INSENSITIVE);
  private static final Pattern CORRECTION_NOTE =
      Pattern.compile("\\b(correct(s|ed|ion|ing)?)\\b", Pattern.CASE_INSENSITIVE);

  /** The verdict on one item and the state to remember afterwards. */
  public record Verdict(DecisionStatus status, String duplicateOf, List<String> reasons, VersionState next) {}

  public Verdict classify(VersionState known, WireItem item) {
    List<String> reasons = new ArrayList<>();
    if (known != null && isSameVersion(known, item)) {
      reasons.add("same uri, version and time as " + known.latestSource() + ": a re-send");
      return new Verdict(DecisionStatus.DUPLICATE, known.latestSource(), reasons, known);
    }
    if (known != null && isOlder(known, item)) {
      reasons.add("older than the known version " + known.version() + " (" + known.versionCreated()
          + "): arrived late, ignored for the story");
      return new Verdict(DecisionStatus.UPDATE, null, reasons, known);
    }
    DecisionStatus status = statusOf(known, item, reasons);
    String story = known == null ? item.uri() : known.story();
    String firstSource = known == null ? item.source() : known.firstSource();
    VersionState next = new VersionState(item.version(), item.versionCreated(), status, firstSource,
        item.source(), story);
    return new Verdict(status, null, reasons, next);
  }

  private static DecisionStatus statusOf(VersionState known, WireItem item, List<String> reasons) {
    if (item.pubStatus() == PubStatus.CANCELED || item.hasSignal("kill")) {
      reasons.add("pubStatus canceled: the agency killed the item");
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
    if (known == null) {
      reasons.add("first version of this uri");
      return DecisionStatus.NEW;
    }
    if (known.status() == DecisionStatus.WITHHELD) {
      reasons.add("released again after being withheld");
    } else {
      reasons.add("later version of " + known.firstSource());
    }
    return DecisionStatus.UPDATE;
  }

  static boolean isCorrection(WireItem item) {
    if (item.hasSignal("sig:correction")) {
      return true;
    }
    if (CORRECTION_HEADLINE.matcher(item.headline().trim()).matches()) {
      return true;
    }
    String note = item.ednote();
    return note != null && CORRECTION_NOTE.matcher(note.toLowerCase(Locale.ROOT)).find();
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
