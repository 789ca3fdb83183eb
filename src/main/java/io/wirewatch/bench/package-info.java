/**
 * {@code wirewatch bench}: {@link io.wirewatch.bench.PipelineBench} measures the whole pipeline against a
 * pass-through Streams topology on the same broker (items/s, ingest-to-story latency, heap, RSS, state on disk,
 * broker records per item) and reports a {@link io.wirewatch.bench.BenchReport}. Input is invented and
 * deterministic by seed ({@link io.wirewatch.bench.BenchFeed}, watch queries from {@link
 * io.wirewatch.bench.BenchQueries}). The pipeline is started through {@link io.wirewatch.bench.PipelineStarter},
 * which {@code app} supplies: this package may use only {@code model}, {@code ingest} and {@code kafka}, never the
 * application.
 */
package io.wirewatch.bench;
