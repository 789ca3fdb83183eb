package io.wirewatch.alerts;

import io.wirewatch.model.WireItem;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * The content stems a story's items used so far (headlines and bodies), kept in the story state so the
 * headline-mismatch rule can compare a new headline with the story as well as with its own body. Each item's
 * text is keyed in its own language ({@link HeadlineKeys}), as the rule keys the headline it compares. Bounded:
 * once {@link #MAX_TERMS} stems are known, new ones are not added.
 *
 * @param terms the stems
 */
public record StoryTerms(Set<String> terms) {
  public static final int MAX_TERMS = 4000;

  public StoryTerms {
    terms = terms == null ? Set.of() : Set.copyOf(terms);
  }

  public static StoryTerms empty() {
    return new StoryTerms(Set.of());
  }

  /** A copy that also holds the item's headline and body stems. */
  public StoryTerms with(WireItem item) {
    return add(item.headline() + "\n" + item.bodyText(), HeadlineKeys.forItem(item));
  }

  /** A copy that also holds the item's body stems (for an item whose headline is another story's). */
  public StoryTerms withBody(WireItem item) {
    return add(item.bodyText(), HeadlineKeys.forItem(item));
  }

  private StoryTerms add(String text, Function<String, Set<String>> keys) {
    Set<String> next = new LinkedHashSet<>(terms);
    for (String t : keys.apply(text)) {
      if (next.size() >= MAX_TERMS) {
        break;
      }
      next.add(t);
    }
    return new StoryTerms(next);
  }
}
