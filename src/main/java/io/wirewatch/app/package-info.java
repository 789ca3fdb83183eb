/**
 * The application: it assembles the capabilities, may use every package, and nothing depends on it.
 * {@link io.wirewatch.app.Main} is the {@code wirewatch} command line (demo, run, ingest, watch, poll, replay,
 * extract, bench); {@link io.wirewatch.app.AppConfig} reads the configuration (bundled defaults, the given file,
 * then {@code WIREWATCH_*} variables; an unknown key in the file fails); {@link io.wirewatch.app.TopologyFactory}
 * puts the parse, decide and story sub-topologies on one builder; {@link io.wirewatch.app.StreamsApp} creates
 * missing topics, checks partitions, runs the topology (exactly-once by default) with the {@code kafka} package's
 * producer settings and oversize handler, and reports readiness. Package-private classes start alert delivery,
 * the HTTP routes, replay and the demo.
 */
package io.wirewatch.app;
