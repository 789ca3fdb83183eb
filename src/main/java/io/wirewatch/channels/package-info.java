/**
 * Alert delivery. {@link io.wirewatch.channels.AlertDispatcher} reads {@code wire.alerts} as its own
 * consumer group (apart from the Streams app), skips what {@link io.wirewatch.channels.DeliveryLedger}
 * says a channel already delivered, routes each alert by {@link io.wirewatch.channels.Route} to the
 * channels of {@code config/channels.yaml}, and hands it to that channel's
 * {@link io.wirewatch.channels.ChannelWorker}. A worker's {@link io.wirewatch.channels.Outbox} folds
 * updates of one figure, groups bursts into digests and keeps to the rate limit; its
 * {@link io.wirewatch.channels.Retrier} retries with backoff, then dead-letters to
 * {@code wire.alerts.undelivered}. Offsets are committed by {@link io.wirewatch.channels.OffsetTracker}
 * only once every channel delivered or dead-lettered an alert. Channel formats live in one sub-package
 * each (slack, teams, webhook, email, console); every piece of wire text is escaped for its medium.
 */
package io.wirewatch.channels;
