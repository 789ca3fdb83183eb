package io.wirewatch.bench;

import io.wirewatch.model.Topics;
import java.nio.file.Path;
import java.util.Map;

/**
 * How a benchmark starts wirewatch's pipeline on its broker: the command line supplies it, so the bench
 * package measures without depending on the application that assembles the pipeline.
 */
@FunctionalInterface
public interface PipelineStarter {
  /** Starts a pipeline with its own topics and state, the given configuration keys overriding the defaults. */
  default Running start(Map<String, String> overrides) throws Exception {
    return start(overrides, 1);
  }

  /**
   * Starts {@code instances} instances of one pipeline (one application id and topics, a state folder each)
   * that share its partitions, as instances scaled out on several hosts would.
   */
  Running start(Map<String, String> overrides, int instances) throws Exception;

  /** A running pipeline. */
  interface Running extends AutoCloseable {
    Topics topics();

    /** Settings for a producer to its wire.raw. */
    Map<String, Object> producerConfig();

    /** Largest transmission it accepts. */
    int maxBytes();

    /** Its local state folder (of every instance). */
    Path stateDir();
  }

  /** Told how far a phase of the benchmark is. */
  @FunctionalInterface
  interface Progress {
    void update(String phase, int done, int total);
  }
}
