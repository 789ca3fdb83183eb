/**
 * Wire formats: bytes from {@code wire.raw} become {@link io.wirewatch.model.WireItem}s or rejections.
 *
 * <p>Flow: {@link io.wirewatch.formats.WireParsers} refuses empty and oversize input, then
 * {@link io.wirewatch.formats.FormatDetector} detects the format by content (never by file name) and
 * decodes the text strictly; one pure {@link io.wirewatch.formats.WireParser} per format (ninjs 1-3,
 * NewsML-G2, NewsML 1.2, NITF, IPTC 7901, ANPA-1312, RSS/Atom via Rome, plain text) reads it, with XML
 * always through the hardened
 * {@link io.wirewatch.formats.SafeXml}. Shared rules (agency names, headline and editor's-note signals,
 * sign-off removal) live in {@link io.wirewatch.formats.Agencies},
 * {@link io.wirewatch.formats.HeadlineSignals} and the package-private item builder. Everything that
 * cannot become an item is a {@link io.wirewatch.formats.ParseResult.Rejected} with a
 * {@link io.wirewatch.formats.RejectReason}; nothing here throws to the caller.
 */
package io.wirewatch.formats;
