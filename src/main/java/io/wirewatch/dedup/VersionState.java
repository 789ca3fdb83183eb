package io.wirewatch.dedup;

import io.wirewatch.model.DecisionStatus;
import java.time.Instant;

/**
 * What the versions stage remembers per uri: the newest version seen and where its first version came from.
 *
 * @param version the newest version label
 * @param versionCreated the newest version time
 * @param status the status decided for the newest version
 * @param firstSource the source of the uri's first version
 * @param latestSource the source of the newest version
 * @param story the story the uri belongs to
 */
public record VersionState(String version, Instant versionCreated, DecisionStatus status, String firstSource,
    String latestSource, String story) {}
