package io.wirewatch.alerts.escalation;

import io.wirewatch.alerts.Sentences;
import io.wirewatch.model.WireItem;
import io.wirewatch.text.LastItemMemo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An item's sentences (headline first, the body's agency dateline dropped) with the cues found in each, in
 * the item's language; computed once per item and shared by the domain classifier and the ladder reader,
 * which ask about the same item in turn.
 *
 * @param lang the language the item is read in
 * @param sentences headline and body sentences with their cue scans; empty for a language without data
 * @param hasHeadline true when the first sentence is the headline
 */
record ItemScans(String lang, Optional<CueSet> cues, List<Line> sentences, boolean hasHeadline) {
  /** One sentence, its cues, and whether it opens a paragraph (background runs end at paragraph ends). */
  record Line(CueScan scan, boolean opensParagraph) {}

  private static final LastItemMemo<ItemScans> LAST = new LastItemMemo<>(ItemScans::read);

  static ItemScans of(WireItem item) {
    return LAST.of(item);
  }

  private static ItemScans read(WireItem item) {
    String lang = ItemLanguage.of(item);
    Optional<CueSet> set = CueSet.of(lang);
    boolean headline = !item.headline().isBlank();
    if (set.isEmpty()) {
      return new ItemScans(lang, set, List.of(), headline);
    }
    CueSet c = set.get();
    List<Line> out = new ArrayList<>();
    if (headline) {
      out.add(new Line(c.scan(CueText.of(item.headline(), c.contractions())), true));
    }
    boolean first = true;
    for (String paragraph : item.body()) {
      boolean opens = true;
      for (String s : Sentences.split(paragraph, lang)) {
        String sentence = first ? Sentences.withoutDateline(s) : s;
        first = false;
        out.add(new Line(c.scan(CueText.of(sentence, c.contractions())), opens));
        opens = false;
      }
    }
    return new ItemScans(lang, set, List.copyOf(out), headline);
  }
}
