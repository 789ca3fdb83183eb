package io.wirewatch.alerts;

import io.wirewatch.model.AlertDetails;
import io.wirewatch.model.PubStatus;
import io.wirewatch.model.WireItem;
import io.wirewatch.text.TextLanguage;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * HEADLINE_MISMATCH: the headline is about something else than the body, as happens when copy is re-used
 * carelessly. The headline's content keys (stems, names and numbers, in the body's language:
 * {@link HeadlineKeys}) are compared with the body's and with the story's: the rule fires when the headline
 * shares almost nothing with its own body and little with the story, and both sides have enough words to
 * judge. It abstains for advisories, flashes and one-line items, for headlines that name a format
 * (standings, results), for bodies that are not prose (tables, filler text), and for languages without
 * headline data, rather than guess.
 *
 * @param maxBodyOverlap highest share of headline keys found in the body that still counts as a mismatch
 * @param maxStoryOverlap highest share of headline keys found in the story's earlier items (the story
 *     vouches for a headline it mostly covers, e.g. a sidebar body under the story's headline)
 * @param minHeadlineTerms fewest content keys a headline needs to be judged
 * @param minBodyTerms fewest content keys a body needs to be judged
 * @param minProseShare fewest function words per word a body needs to be prose
 */
public record HeadlineMismatchRule(double maxBodyOverlap, double maxStoryOverlap, int minHeadlineTerms,
    int minBodyTerms, double minProseShare) {

  public HeadlineMismatchRule {
    if (maxBodyOverlap < 0 || maxBodyOverlap > 1 || maxStoryOverlap < 0 || maxStoryOverlap > 1
        || minProseShare < 0 || minProseShare > 1) {
      throw new IllegalArgumentException("overlaps and shares must be between 0 and 1");
    }
  }

  /**
   * The defaults: at most a quarter of the headline in its body, less than half of it in the story, and a
   * body of which at least a fifth of the words are function words.
   */
  public static HeadlineMismatchRule defaults() {
    return new HeadlineMismatchRule(0.25, 0.45, 3, 15, 0.2);
  }

  /** The mismatch, if the item shows one; {@code story} holds the story's earlier items' stems. */
  public Optional<AlertDetails.HeadlineMismatch> evaluate(WireItem item, StoryTerms story) {
    if (item.pubStatus() != PubStatus.USABLE || item.headline().isBlank()) {
      return Optional.empty();
    }
    Optional<HeadlineKeys> language = HeadlineKeys.of(languageOf(item));
    if (language.isEmpty()) {
      return Optional.empty();
    }
    HeadlineKeys keys = language.get();
    String headline = keys.stripPrefixes(item.headline());
    String bodyText = item.bodyText();
    if (keys.isFormat(headline) || keys.proseShare(bodyText) < minProseShare) {
      return Optional.empty();
    }
    Set<String> head = keys.keys(headline);
    Set<String> body = keys.keys(bodyText);
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
   * The language the item is judged in: its text's, as the language layer detects it in the headline and
   * first paragraphs (a mislabelled item is not read with the wrong stemmer), else the declared one.
   */
  static String languageOf(WireItem item) {
    return TextLanguage.detectedOrDeclared(item);
  }

  /** The body's first sentence, which says what the body is about. */
  static String lead(List<String> body) {
    List<String> sentences = Sentences.of(body);
    return sentences.isEmpty() ? "" : Sentences.withoutDateline(sentences.get(0));
  }
}
