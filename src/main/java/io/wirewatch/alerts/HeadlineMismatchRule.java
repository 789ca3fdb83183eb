package io.wirewatch.alerts;

import io.wirewatch.model.AlertDetails;
import io.wirewatch.model.PubStatus;
import io.wirewatch.model.WireItem;
import io.wirewatch.text.LanguageId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * HEADLINE_MISMATCH: the headline is about something else than the body, as happens when copy is re-used
 * carelessly. The headline's content stems are compared with the body's and with the story's: the rule
 * fires when the headline shares almost nothing with its own body and little with the story, and both
 * sides have enough words to judge (advisories, flashes and one-line items are left alone). Only English
 * copy is judged; other languages abstain.
 *
 * @param maxBodyOverlap highest share of headline stems found in the body that still counts as a mismatch
 * @param maxStoryOverlap highest share of headline stems found in the story's earlier items (the story
 *     vouches for a headline it mostly covers, e.g. a sidebar body under the story's headline)
 * @param minHeadlineTerms fewest content stems a headline needs to be judged
 * @param minBodyTerms fewest content stems a body needs to be judged
 */
public record HeadlineMismatchRule(double maxBodyOverlap, double maxStoryOverlap, int minHeadlineTerms,
    int minBodyTerms) {

  private static final Pattern AGENCY_PREFIX = Pattern.compile(
      "^(?:(?:UPDATE \\d+|REFILE|RPT|CORRECTED|CORRECTION|KILL|WITHHELD|URGENT|FLASH|BREAKING|WRAPUP \\d+)\\s*-\\s*)+",
      Pattern.CASE_INSENSITIVE);

  private static final String COMPARED_LANGUAGE = "en";

  public HeadlineMismatchRule {
    if (maxBodyOverlap < 0 || maxBodyOverlap > 1 || maxStoryOverlap < 0 || maxStoryOverlap > 1) {
      throw new IllegalArgumentException("overlaps must be between 0 and 1");
    }
  }

  /** The defaults: at most a quarter of the headline in its body, and less than half of it in the story. */
  public static HeadlineMismatchRule defaults() {
    return new HeadlineMismatchRule(0.25, 0.45, 3, 15);
  }

  /** The mismatch, if the item shows one; {@code story} holds the story's earlier items' stems. */
  public Optional<AlertDetails.HeadlineMismatch> evaluate(WireItem item, StoryTerms story) {
    if (item.pubStatus() != PubStatus.USABLE || item.headline().isBlank()) {
      return Optional.empty();
    }
    if (!COMPARED_LANGUAGE.equals(languageOf(item))) {
      return Optional.empty();
    }
    String headline = AGENCY_PREFIX.matcher(item.headline().strip()).replaceFirst("");
    Set<String> head = Terms.of(headline);
    Set<String> body = Terms.of(item.bodyText());
    if (head.size() < minHeadlineTerms || body.size() < minBodyTerms) {
      return Optional.empty();
    }
    double bodyOverlap = Terms.overlap(head, body);
    Set<String> storyTerms = story == null ? Set.of() : story.terms();
    double storyOverlap = storyTerms.isEmpty() ? 0 : Terms.overlap(head, storyTerms);
    if (bodyOverlap > maxBodyOverlap || storyOverlap > maxStoryOverlap) {
      return Optional.empty();
    }
    return Optional.of(new AlertDetails.HeadlineMismatch(item.headline(), lead(item.body()), bodyOverlap));
  }

  /**
   * The item's language: declared, else detected by the language layer. The stems compared are English
   * ({@link Terms}), so copy in any other language, or in none the layer can tell, is left alone: the rule
   * abstains rather than guesses.
   */
  static String languageOf(WireItem item) {
    String declared = LanguageId.normalise(item.language());
    return declared != null ? declared : LanguageId.of(null, item.headline() + "\n" + item.bodyText());
  }

  /** The body's first sentence, which says what the body is about. */
  static String lead(List<String> body) {
    List<String> sentences = Sentences.of(body);
    return sentences.isEmpty() ? "" : Sentences.withoutDateline(sentences.get(0));
  }
}
