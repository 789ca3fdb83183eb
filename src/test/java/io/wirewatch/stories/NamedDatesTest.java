package io.wirewatch.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The calendar days a dated report names, read from the language's month words. */
class NamedDatesTest {
  private static final LocalDate WRITTEN = LocalDate.of(2024, 3, 20);

  @Test
  void shouldReadAMonthAndDayAsTheLatestSuchDayOnOrBeforeTheReport() {
    NamedDates en = NamedDates.of("en");

    assertThat(en.in("Rob Sample was charged in the Mar. 9 stabbing on Elm Street.", WRITTEN))
        .containsExactly(LocalDate.of(2024, 3, 9));
    assertThat(en.in("The ferry ran aground on December 30th near the pier.", WRITTEN))
        .as("a day later in the year than the report is last year's").containsExactly(LocalDate.of(2023, 12, 30));
    assertThat(en.in("Ann Example, who was hurt on Feb 2, 2022, testified.", WRITTEN))
        .containsExactly(LocalDate.of(2022, 2, 2));
  }

  @Test
  void shouldLeaveOutADayAfterTheReportAndWordsThatAreNoMonths() {
    NamedDates en = NamedDates.of("en");

    assertThat(en.in("A hearing is set for April 2, 2024.", WRITTEN)).as("a day to come is not named as past")
        .isEmpty();
    assertThat(en.in("Officers may 4 times a year visit the pier, and march 12 miles.", WRITTEN))
        .as("a month is written with a capital in English").isEmpty();
    assertThat(en.in("The ferry left at 9:15 on Tuesday, in March 2023.", WRITTEN))
        .as("a month without its day names no day").isEmpty();
  }

  @Test
  void shouldReadNoDaysInALanguageWithoutTheFile() {
    assertThat(NamedDates.of("de").in("Am 9. März wurde Rob Sample festgenommen.", WRITTEN)).isEmpty();
    assertThat(NamedDates.of("xx").in("Rob Sample was charged in the Mar. 9 stabbing.", WRITTEN)).isEmpty();
  }

  @Test
  void shouldReadTurkishDaysBeforeTheirMonthInAnyCaseAndBehindACaseEnding() {
    NamedDates tr = NamedDates.of("tr");

    assertThat(tr.in("Rob Sample 12 Mart'ta Yalıkent'te gözaltına alındı.", WRITTEN))
        .containsExactly(LocalDate.of(2024, 3, 12));
    assertThat(tr.in("9 ŞUBAT 2022 GECESİ YAŞANAN OLAY", WRITTEN)).containsExactly(LocalDate.of(2022, 2, 9));
    assertThat(tr.in("Dava 3 aralık tarihinde görülecek; 12 kişi 3 Nisan 2024'te çağrıldı.", WRITTEN))
        .as("the last December, and a day to come left out").containsExactly(LocalDate.of(2023, 12, 3));
  }

  @Test
  void shouldReadArabicDaysInEitherSystemOfMonthNamesWithTheirLetterFormsWrittenAlike() {
    NamedDates ar = NamedDates.of("ar");

    assertThat(ar.in("وقع الحادث في 9 مارس في قرية يالكنت", WRITTEN)).containsExactly(LocalDate.of(2024, 3, 9));
    assertThat(ar.in("منذ 2 آذار 2022", WRITTEN)).containsExactly(LocalDate.of(2022, 3, 2));
    assertThat(ar.in("في 30 كانون الأول", WRITTEN)).containsExactly(LocalDate.of(2023, 12, 30));
    assertThat(ar.in("في 5 ابريل", WRITTEN)).as("alef without its hamza").containsExactly(LocalDate.of(2023, 4, 5));
    assertThat(ar.in("في ١٢ مارس ٢٠٢٢", WRITTEN)).as("Arabic-Indic digits").containsExactly(LocalDate.of(2022, 3, 12));
  }
}
