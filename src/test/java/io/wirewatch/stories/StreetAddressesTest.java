package io.wirewatch.stories;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A street address is one spot: a house and its block read alike, another street does not. */
class StreetAddressesTest {
  private final StreetAddresses en = StreetAddresses.of("en");

  @Test
  void shouldReadAHouseNumberAndItsBlockAsOneAddress() {
    assertThat(en.in("Officers were called to the 1300 block of Elm Avenue shortly after midnight."))
        .containsExactly("1300 elm");
    assertThat(en.in("The victim was found outside 1312 Elm Ave. on Sunday.")).containsExactly("1300 elm");
    assertThat(en.in("Shots were fired in the 2000 block of East Harbour Street and at 601 W. Mill Rd."))
        .containsExactly("2000 harbour", "600 mill");
    assertThat(en.in("Crowds gathered outside 10 Downing Street.")).as("a house number below a block")
        .containsExactly("10 downing");
  }

  @Test
  void shouldNotReadAStreetWithoutANumberOrANumberWithoutAStreet() {
    assertThat(en.in("He lived on Elm Avenue for 25 years.")).isEmpty();
    assertThat(en.in("In 2019 Street vendors were moved away; 300 people protested.")).isEmpty();
  }

  @Test
  void shouldReadNoAddressesInALanguageWithoutItsStreetWords() {
    assertThat(StreetAddresses.of("xx").in("the 1300 block of Elm Avenue")).isEmpty();
  }
}
