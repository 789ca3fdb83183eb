/**
 * Desks' stored queries ("watchlists") matched against every item with Apache Lucene Monitor. Queries are
 * read from {@code config/watchlists/*.yaml} by {@link io.wirewatch.alerts.watch.WatchlistLoader} (a broken
 * query is reported with its file and line and skipped), registered in a Monitor with a term-filtering
 * presearcher by {@link io.wirewatch.alerts.watch.WatchlistMatcher}, which reloads when the files change and
 * swaps the new Monitor in atomically. {@link io.wirewatch.alerts.watch.WatchMemory} lets the story state
 * raise one WATCH alert per story and query.
 */
package io.wirewatch.alerts.watch;
