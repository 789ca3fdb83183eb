package io.wirewatch.stories;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Other spellings of one person named in full: middle names, nicknames, hyphens and a slip of one letter. */
class NameVariantsTest {

  @Test
  void shouldReadAMiddleNameOrANicknameBetweenAsTheSamePerson() {
    assertThat(NameVariants.same("n:doralee quimby", "n:doralee faye quimby")).isTrue();
    assertThat(NameVariants.same("n:doralee bo quimby", "n:doralee quimby")).as("a nickname in quotes").isTrue();
    assertThat(NameVariants.same("n:doralee faye quimby", "n:doralee faye ann quimby")).isTrue();
  }

  @Test
  void shouldReadAHyphenatedFamilyNameAsTheTwoWords() {
    assertThat(NameVariants.same("n:tamsin orrel-vantly", "n:tamsin orrel vantly")).isTrue();
    assertThat(NameVariants.same("n:tamsin orrel-vantly", "n:tamsin jo orrel vantly")).isTrue();
  }

  @Test
  void shouldReadOneSlipInTheGivenOrTheFamilyNameAsTheSamePerson() {
    assertThat(NameVariants.same("n:devorne quimby", "n:devornee quimby")).as("a letter added").isTrue();
    assertThat(NameVariants.same("n:marisha quimby", "n:marihsa quimby")).as("two letters swapped").isTrue();
    assertThat(NameVariants.same("n:doralee quimbey", "n:doralee quimby")).as("a letter dropped").isTrue();
    assertThat(NameVariants.same("n:doralee quimby", "n:doralee quimba")).as("a letter changed").isTrue();
    assertThat(NameVariants.same("n:devornee faye quimby", "n:devorne quimby")).as("a slip and a middle name")
        .isTrue();
  }

  @Test
  void shouldKeepApartTwoPeopleOfOneFamilyOrTwoSlips() {
    assertThat(NameVariants.same("n:doralee faye quimby", "n:doralee ann quimby")).as("two middle names").isFalse();
    assertThat(NameVariants.same("n:devorne quimby", "n:devornee quimbey")).as("a slip in each").isFalse();
    assertThat(NameVariants.same("n:jorvan quimby", "n:morvan quimby")).as("another first letter").isFalse();
    assertThat(NameVariants.same("n:tal quimby", "n:tam quimby")).as("too short to tell").isFalse();
    assertThat(NameVariants.same("n:doralee quimby", "n:doralee quimby")).as("the same spelling").isFalse();
    assertThat(NameVariants.same("n:quimby", "n:quimbey")).as("no name in full").isFalse();
    assertThat(NameVariants.same("n:doralee quimby", "n:doralee quillby")).as("two letters").isFalse();
  }

  @Test
  void shouldReadSpellingsOnlyInALanguageThatWritesGivenNameFirst() {
    assertThat(NameVariants.reads("en")).isTrue();
    assertThat(NameVariants.reads("es")).isFalse();
    assertThat(NameVariants.reads(null)).isFalse();
  }
}
