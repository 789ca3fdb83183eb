/**
 * Text helpers and the language layer every analysis package reads text through. Helpers: HTML to plain
 * paragraphs ({@link io.wirewatch.text.HtmlText}), paragraph splitting and white-space collapsing
 * ({@link io.wirewatch.text.PlainText}). The layer: the language of an item
 * ({@link io.wirewatch.text.LanguageId}), sentences with tokens, number phrases and part-of-speech tags
 * ({@link io.wirewatch.text.TextLayer}, {@link io.wirewatch.text.Sentence}), per-language vocabulary
 * ({@link io.wirewatch.text.Lexicon}, files under {@code lang/<lang>/}) and country words
 * ({@link io.wirewatch.text.Countries}). Vocabulary is data: adding a language means adding files. No Kafka.
 */
package io.wirewatch.text;
