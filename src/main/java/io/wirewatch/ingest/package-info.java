/**
 * Transports that put bytes with provenance on {@code wire.raw}; none of them parses.
 *
 * <p>Flow: a transport obtains a transmission (a complete spool file via {@link
 * io.wirewatch.ingest.SpoolWatcher}, a request body via {@link io.wirewatch.ingest.HttpIngestRoutes}, a
 * feed entry via {@link io.wirewatch.ingest.FeedPoller} and {@link io.wirewatch.ingest.FeedSplitter}, a
 * file via {@link io.wirewatch.ingest.FileSource}) and hands it to a {@link io.wirewatch.ingest.RawSink}
 * ({@link io.wirewatch.ingest.RawProducer} in production: idempotent, acks=all, oversize straight to the
 * DLQ). Keys are content hashes ({@link io.wirewatch.ingest.ContentKeys}) or feed entry ids, so re-sends
 * meet their originals downstream. Settings come from {@link io.wirewatch.ingest.TransportConfig}.
 */
package io.wirewatch.ingest;
