package io.wirewatch.formats;

import io.wirewatch.model.PubStatus;
import io.wirewatch.model.Subject;
import io.wirewatch.model.WireItem;
import io.wirewatch.text.CombiningMarks;
import io.wirewatch.text.HtmlText;
import io.wirewatch.text.LanguageId;
import io.wirewatch.text.LoneSurrogates;
import io.wirewatch.text.PlainText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects what a parser found and builds the {@link WireItem}, applying the rules every format shares:
 * markup is removed from the headline, trailing sign-offs from the body, signals are read from the
 * headline and editor's note, the dateline and agency fall back to the first paragraph, and an AP
 * "Eds:" note leading the body becomes the editor's note, a language the metadata does not declare is
 * detected from the text (null when too little text to tell), and an item left without any text is rejected.
 */
final class ItemBuilder {
  /** An AP-style editor's note leading the body ("Eds: UPDATES with ..."). */
  private static final java.util.regex.Pattern EDS_NOTE = java.util.regex.Pattern.compile("Eds?:\\s");
  private final String format;
  private String uri;
  private String version;
  private Instant versionCreated;
  private Instant firstCreated;
  private String agency;
  private String language;
  private String headline;
  private List<String> body = List.of();
  private String slugline;
  private String dateline;
  private String located;
  private String byline;
  private Integer urgency;
  private PubStatus pubStatus;
  private final Set<String> signals = new LinkedHashSet<>();
  private String ednote;
  private final List<Subject> subjects = new ArrayList<>();
  private final Set<String> places = new LinkedHashSet<>();

  ItemBuilder(String format) {
    this.format = format;
  }

  ItemBuilder uri(String v) { uri = blankToNull(v); return this; }
  ItemBuilder version(String v) { version = blankToNull(v); return this; }
  ItemBuilder versionCreated(Instant v) { versionCreated = v; return this; }
  ItemBuilder firstCreated(Instant v) { firstCreated = v; return this; }
  ItemBuilder agency(String v) { agency = Agencies.normalise(decoded(v)); return this; }

  /** Sets the agency from the next place metadata names it, when no earlier place did. */
  ItemBuilder agencyIfAbsent(String v) {
    if (agency == null) {
      agency(v);
    }
    return this;
  }
  ItemBuilder language(String v) { language = blankToNull(v); return this; }
  ItemBuilder languageIfAbsent(String v) { return language == null ? language(v) : this; }
  boolean hasUri() { return uri != null; }
  ItemBuilder headline(String v) { headline = decoded(v); return this; }
  ItemBuilder body(List<String> v) {
    body = v == null ? List.of() : v.stream().map(ItemBuilder::decoded).toList();
    return this;
  }
  ItemBuilder slugline(String v) { slugline = clean(v); return this; }
  ItemBuilder dateline(String v) { dateline = clean(v); return this; }
  ItemBuilder located(String v) { located = clean(v); return this; }
  ItemBuilder byline(String v) { byline = clean(v); return this; }
  ItemBuilder pubStatus(PubStatus v) { pubStatus = v; return this; }
  ItemBuilder ednote(String v) { ednote = clean(v); return this; }
  ItemBuilder signal(String v) { if (v != null && !v.isBlank()) { signals.add(v.strip()); } return this; }

  ItemBuilder urgency(Integer v) {
    urgency = v != null && v >= 1 && v <= 9 ? v : null;
    return this;
  }

  ItemBuilder subject(String code, String name) {
    String c = clean(code);
    String n = clean(name);
    if (c != null || n != null) {
      subjects.add(new Subject(c, n));
    }
    return this;
  }

  ItemBuilder place(String name) {
    String n = clean(name);
    if (n != null) {
      places.add(n);
    }
    return this;
  }

  boolean hasAgency() { return agency != null; }
  String headline() { return headline; }
  List<String> body() { return body; }

  /** True when the item carries neither a headline nor body text. */
  boolean isEmpty() {
    return (headline == null || headline.isBlank()) && body.isEmpty();
  }

  /**
   * The finished item; throws SCHEMA_INVALID when it has no uri and EMPTY_BODY when neither headline
   * nor body text is left (after markup, an "Eds:" note and sign-offs are removed), unless it is a kill
   * or withhold notice. A headline-only item (a flash, a metadata-only sample) is kept.
   */
  WireItem build() {
    if (uri == null) {
      throw new RejectedInputException(RejectReason.SCHEMA_INVALID, format + " item has no uri");
    }
    String cleanHeadline = HtmlText.hasMarkup(headline) ? HtmlText.inline(headline) : clean(headline);
    List<String> paragraphs = body;
    if (!paragraphs.isEmpty() && EDS_NOTE.matcher(paragraphs.get(0)).lookingAt()) {
      ednote = ednote == null ? clean(paragraphs.get(0)) : ednote;
      paragraphs = paragraphs.subList(1, paragraphs.size());
    }
    SignOffs.Split split = SignOffs.split(paragraphs);
    if (split.body().isEmpty() && (cleanHeadline == null || cleanHeadline.isEmpty()) && !isStatusNotice()) {
      throw new RejectedInputException(RejectReason.EMPTY_BODY, format
          + " item has no text: the headline is empty and the body is empty once markup, editor's notes and"
          + " sign-offs are removed");
    }
    String firstParagraph = split.body().isEmpty() ? null : split.body().get(0);
    if ((cleanHeadline == null || cleanHeadline.isEmpty()) && firstParagraph != null) {
      cleanHeadline = DerivedHeadline.of(firstParagraph);
      signals.add(DerivedHeadline.SIGNAL);
    }
    String finalDateline = dateline != null ? dateline : Datelines.fromParagraph(firstParagraph);
    String finalAgency = agency != null ? agency : Agencies.recognise(finalDateline);
    String finalLanguage = language;
    if (finalLanguage == null) {
      String detected = LanguageId.of(null, (cleanHeadline == null ? "" : cleanHeadline) + "\n"
          + String.join("\n", split.body()));
      finalLanguage = LanguageId.UNDETERMINED.equals(detected) ? null : detected;
    }
    Set<String> allSignals = new LinkedHashSet<>(signals);
    allSignals.addAll(HeadlineSignals.fromHeadline(cleanHeadline));
    allSignals.addAll(HeadlineSignals.fromEdnote(ednote));
    allSignals.addAll(HeadlineSignals.fromVersionMarker(slugline));
    return new WireItem(uri, version, versionCreated, firstCreated, finalAgency, finalLanguage,
        cleanHeadline == null ? "" : cleanHeadline, split.body(), slugline, finalDateline, located,
        byline, urgency, pubStatus, List.copyOf(allSignals), ednote, subjects, List.copyOf(places),
        null, format, null);
  }

  /** A kill or withhold carries its meaning in metadata: it is kept even without body text. */
  private boolean isStatusNotice() {
    return (pubStatus != null && pubStatus != PubStatus.USABLE) || signals.contains("kill")
        || HeadlineSignals.fromHeadline(headline).contains("kill");
  }

  private static String clean(String v) {
    return blankToNull(PlainText.collapse(decoded(v)));
  }

  /** Wire text as decoded: combining-mark runs bounded, lone surrogates mended (both break later stages). */
  private static String decoded(String v) {
    return LoneSurrogates.replaced(CombiningMarks.bounded(v));
  }

  private static String blankToNull(String v) {
    return v == null || v.isBlank() ? null : v.strip();
  }
}
