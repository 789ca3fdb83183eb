package io.wirewatch.dedup;

import io.wirewatch.model.DecisionStatus;
import java.time.Instant;

/**
 * What the deciding task remembers per uri: the newest version seen, where the uri's first and newest
 * versions came from, its story, and which remembered text is the newest version's.
 *
 * @param version the newest version label
 * @param versionCreated the newest version time
 * @param status the status decided for the newest version
 * @param firstSource the source of the uri's first version
 * @param latestSource the source of the newest version
 * @param story the story the uri belongs to
 * @param latestEntry the id of the newest version's text in the duplicate index, or null
 * @param seen the deciding clock (event time) when the newest version was decided; null in state written
 *     before it was kept
 */
public record VersionState(String version, Instant versionCreated, DecisionStatus status, String firstSource,
    String latestSource, String story, String latestEntry, Instant seen) {

  /** A copy for a newer version of the same uri, decided at {@code at}. */
  public VersionState next(String newVersion, Instant newCreated, DecisionStatus newStatus, String source,
      String entry, Instant at) {
    return new VersionState(newVersion, newCreated, newStatus, firstSource, source, story, entry, at);
  }

  /**
   * Whether nothing happened to this uri since {@code cutoff}: its newest version was decided (or, in older
   * state, created) before it. A state with neither time is as old as can be.
   */
  public boolean idleSince(Instant cutoff) {
    Instant last = seen != null ? seen : versionCreated;
    return last == null || last.isBefore(cutoff);
  }
}
