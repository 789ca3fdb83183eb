package io.wirewatch.model;

/**
 * A subject classification of an item.
 *
 * @param code a qualified code such as "medtop:16000000" or "subj:15000000"; may be null
 * @param name a human-readable name such as "conflict, war and peace"; may be null
 */
public record Subject(String code, String name) {
  public Subject {
    if (code == null && name == null) {
      throw new IllegalArgumentException("Subject needs a code or a name");
    }
  }
}
