package io.wirewatch.web;

import io.wirewatch.model.Story;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reads merged stories wherever they live: this instance's store or another instance's. */
public interface StoryQueries {
  /** The story with this id, from whichever instance holds it. */
  Optional<Story> byId(String id, boolean localOnly);

  /** Stories last seen at or after {@code since}, newest first, at most {@code limit}. */
  List<Story> since(Instant since, int limit, boolean localOnly);
}
