/**
 * wirewatch's one HTTP port, {@link io.wirewatch.web.HttpServer}: bound to loopback by default and asking for a
 * token anywhere else, refusing cross-origin writes and DNS rebinding ({@code RequestGuard}) and cutting off slow
 * clients ({@link io.wirewatch.web.HttpLimits}). Each capability adds its {@link io.wirewatch.web.HttpRoutes}; those
 * owned here are the story API ({@link io.wirewatch.web.StoryRoutes} over {@link io.wirewatch.web.StoryQueries}),
 * recent alerts and their SSE stream ({@link io.wirewatch.web.AlertRoutes}, {@link io.wirewatch.web.AlertFeed}),
 * health ({@link io.wirewatch.web.HealthRoutes}), {@code /metrics} ({@link io.wirewatch.web.MetricsRoutes}) and the
 * newsroom page ({@link io.wirewatch.web.PageRoutes}). Kafka-free and may use only {@code model}: {@code app} plugs
 * in what reads Kafka (interactive queries, the alert consumer); push ingest's routes live in {@code ingest}.
 */
package io.wirewatch.web;
