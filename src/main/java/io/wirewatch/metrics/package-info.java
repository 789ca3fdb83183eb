/**
 * Operations metrics: {@link io.wirewatch.metrics.Meters} holds the Prometheus registry behind
 * {@code GET /metrics} and every meter's name ({@link io.wirewatch.metrics.MeterNames}). The parse stage
 * reports timings through {@link io.wirewatch.formats.ParseMetrics}; counts of items, dead letters,
 * decisions and alerts come from the committed topics ({@link io.wirewatch.metrics.PipelineObserver},
 * {@link io.wirewatch.metrics.TopicCounts}); deliveries from the dispatcher's listener
 * ({@link io.wirewatch.metrics.DeliveryMeters}); Kafka client and Streams metrics from Micrometer's binders.
 */
package io.wirewatch.metrics;
