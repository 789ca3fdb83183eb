package io.wirewatch.figures;

import io.wirewatch.model.Figure;
import io.wirewatch.model.WireItem;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Extracts an item's current figures (killed, injured, missing, evacuated, displaced, arrested, troops):
 * one per (metric, subject key), the first the body states, else the headline's. Values the text calls
 * earlier ("up from 49", "police had initially said four") are not current; they become the figure's
 * {@link Figure#previous()}. Pure and stateless: safe to call from any thread.
 */
public final class FigureExtractor {

  /** The item's current figures, in text order. */
  public List<Figure> extract(WireItem item) {
    Instant time = item.versionCreated() != null ? item.versionCreated() : item.firstCreated();
    ZonedDateTime when = time == null ? null : time.atZone(ZoneOffset.UTC);
    String lead = item.body().isEmpty() ? null : item.body().get(0);
    SentenceReader.Context ctx = new SentenceReader.Context(when == null ? null : when.getYear(),
        when == null ? null : when.getMonthValue(),
        Sides.home(item.dateline(), item.located(), item.headline(), lead));
    Map<String, Figure> current = new LinkedHashMap<>();
    Map<String, Long> previous = new LinkedHashMap<>();
    for (Sentences.Sentence s : Sentences.ofParagraphs(item.body())) {
      collect(item, time, s.text(), s.offset(), ctx, current, previous);
    }
    Map<String, Figure> fromHeadline = new LinkedHashMap<>();
    collect(item, time, item.headline(), -1, ctx, fromHeadline, new LinkedHashMap<>());
    for (Figure h : fromHeadline.values()) {
      boolean restated = current.values().stream()
          .anyMatch(f -> f.metric() == h.metric() && f.value() == h.value());
      if (!restated) {
        current.putIfAbsent(h.key(), h);
      }
    }
    List<Figure> out = new ArrayList<>();
    for (Figure f : current.values()) {
      Long prev = f.previous() != null ? f.previous() : previous.get(f.key());
      out.add(prev == null || prev == f.value() ? f : withPrevious(f, prev));
    }
    return out;
  }

  private static void collect(WireItem item, Instant time, String sentence, int offset,
      SentenceReader.Context ctx, Map<String, Figure> current, Map<String, Long> previous) {
    if (sentence == null || sentence.isBlank()) {
      return;
    }
    List<SentenceReader.Found> found = new SentenceReader(sentence, ctx).read();
    for (SentenceReader.Found f : found) {
      String key = f.metric().id() + "|" + f.subjectKey();
      if (f.previous()) {
        previous.putIfAbsent(key, f.value());
        continue;
      }
      Long statedBefore = previousInSentence(found, f);
      Figure figure = new Figure(f.metric(), f.subjectKey(), f.subject(), f.value(), f.qualifier(),
          statedBefore, f.revised(), sentence, offset < 0 ? -1 : offset + f.charStart(), item.source(),
          item.uri(), item.agency(), time);
      current.putIfAbsent(key, figure);
    }
  }

  private static Long previousInSentence(List<SentenceReader.Found> found, SentenceReader.Found f) {
    for (SentenceReader.Found other : found) {
      if (other.previous() && other.metric() == f.metric() && other.value() != f.value()) {
        return other.value();
      }
    }
    return null;
  }

  private static Figure withPrevious(Figure f, long prev) {
    return new Figure(f.metric(), f.subjectKey(), f.subject(), f.value(), f.qualifier(), prev, f.revised(),
        f.sentence(), f.offset(), f.source(), f.itemUri(), f.agency(), f.time());
  }
}
