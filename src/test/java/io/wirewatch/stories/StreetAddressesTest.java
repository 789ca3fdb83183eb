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
  void shouldReadABlockOfAStreetNamedWithoutItsTypeWord() {
    assertThat(en.in("Shots rang out in the 2300 block of Quellmoor just before 7 p.m."))
        .containsExactly("2300 quellmoor");
    assertThat(en.in("Officers found him in the 5300 block of South Brackwin Sunday night.")).as("up to a weekday")
        .containsExactly("5300 brackwin");
    assertThat(en.in("It happened in the 2600 block of S. Brackwin. Police said ...")).containsExactly("2600 brackwin");
    assertThat(en.in("Deputies were sent to the 2300 block of Quellmoor SE on Friday.")).as("a quarter after the name")
        .containsExactly("2300 quellmoor");
    assertThat(en.in("the 400 block of North Quellmoor")).as("a direction before it is part of the way there")
        .containsExactly("400 quellmoor");
    assertThat(en.in("the 5300 block of South Brackwin Street")).as("read once, as with its type word")
        .containsExactly("5300 brackwin");
  }

  @Test
  void shouldNotReadABlockWithoutAStreetName() {
    assertThat(en.in("Police closed the 2300 block of the road.")).isEmpty();
    assertThat(en.in("the 600 block of U.S. 24")).as("no word of a name").isEmpty();
    assertThat(en.in("the 2300 block, where Quellmoor lives")).isEmpty();
  }

  @Test
  void shouldReadNoAddressesInALanguageWithoutItsStreetWords() {
    assertThat(StreetAddresses.of("xx").in("the 1300 block of Elm Avenue")).isEmpty();
  }
}
