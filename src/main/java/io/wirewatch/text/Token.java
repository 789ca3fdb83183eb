package io.wirewatch.text;

/**
 * One token of a sentence. {@code lower} is the text lowercased (Locale.ROOT); {@code key} is the form to
 * look words up by: a lemma where a lemmatizer exists, else a light stem of {@code lower} (Lucene's
 * per-language light stemmers), so "killed"/"kills" or "tués"/"tuées" share a key. Offsets are absolute
 * character offsets into the text the sentence was read from, {@code end} exclusive.
 */
public record Token(String text, int start, int end, String lower, String key) {}
