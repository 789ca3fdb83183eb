package io.wirewatch.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One agency item, normalised from whatever wire format it arrived in. This is the value of
 * {@code wire.items}: parsers record what the agency sent (including version markers as
 * {@link #signals()}); interpreting versions, duplicates and stories is left to later stages.
 *
 * @param uri stable identity of the item across its versions (ninjs uri, G2 guid, NITF doc-id, or a
 *     key derived from the agency and keyword for 7901/ANPA transmissions)
 * @param version the agency's version label, opaque (Reuters' are not +1); may be null
 * @param versionCreated when this version was created; ordering of versions uses this
 * @param firstCreated when the first version was created; null when the agency does not say
 * @param agency the sending agency as a short display name ("Reuters", "AP", "AFP", "dpa", ...)
 * @param language BCP 47 language tag as declared, e.g. "en-US", else the ISO 639-1 code detected from
 *     the text; null when neither says
 * @param headline headline as sent, trimmed, markup removed
 * @param body body paragraphs as plain text, boilerplate and sign-offs removed
 * @param slugline slug or keyword line; may be null
 * @param dateline dateline text ("YEREVAN, Sept 13 (Reuters)"); may be null
 * @param located place the item was filed from; may be null
 * @param byline byline; may be null
 * @param urgency agency urgency/priority normalised to the IPTC scale 1 (most) .. 9 (least); null if absent
 * @param pubStatus usable, withheld or canceled
 * @param signals version and handling markers seen in the item, e.g. "sig:update", "sig:correction",
 *     "writethru:1", "refile", "rpt", "kill", "lead:1"
 * @param ednote editor's note (AP "Eds:", G2 edNote, NITF ed-msg); may be null
 * @param subjects subject codes and names (IPTC media topics when present)
 * @param places places the item is about
 * @param source where the bytes came from, as recorded by the ingest adapter (the file's own name)
 * @param format the detected format id, e.g. "ninjs-2", "newsml-g2", "nitf", "iptc-7901", "anpa-1312", "text"
 * @param receivedAt when wirewatch received the bytes; null in pure parser tests
 */
public record WireItem(
    String uri,
    String version,
    Instant versionCreated,
    Instant firstCreated,
    String agency,
    String language,
    String headline,
    List<String> body,
    String slugline,
    String dateline,
    String located,
    String byline,
    Integer urgency,
    PubStatus pubStatus,
    List<String> signals,
    String ednote,
    List<Subject> subjects,
    List<String> places,
    String source,
    String format,
    Instant receivedAt) {

  /** Current schema version of the JSON on {@code wire.items}. */
  public static final int SCHEMA_VERSION = 1;

  public WireItem {
    if (uri == null || uri.isBlank()) {
      throw new IllegalArgumentException("WireItem needs a uri");
    }
    headline = headline == null ? "" : headline;
    body = body == null ? List.of() : List.copyOf(body);
    pubStatus = Objects.requireNonNullElse(pubStatus, PubStatus.USABLE);
    signals = signals == null ? List.of() : List.copyOf(signals);
    subjects = subjects == null ? List.of() : List.copyOf(subjects);
    places = places == null ? List.of() : List.copyOf(places);
  }

  /** The schema version of this record, written into the JSON for downstream consumers. */
  public int schemaVersion() {
    return SCHEMA_VERSION;
  }

  /** Body paragraphs joined by blank lines. */
  public String bodyText() {
    return String.join("\n\n", body);
  }

  /** True when the agency marked this item with the given signal. */
  public boolean hasSignal(String signal) {
    return signals.contains(signal);
  }

  /** A copy carrying the given source and receive time (set by the pipeline, not by parsers). */
  public WireItem withProvenance(String newSource, Instant newReceivedAt) {
    return new WireItem(uri, version, versionCreated, firstCreated, agency, language, headline, body,
        slugline, dateline, located, byline, urgency, pubStatus, signals, ednote, subjects, places,
        newSource, format, newReceivedAt);
  }
}
