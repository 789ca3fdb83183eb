package io.wirewatch.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A page's date stamp is a line that is only a date, with its weekday, its clock time, the page's words for
 * posting and a dateline's place or an agency; its year is the year the report was written in. A sentence that
 * names a date, a line with two years and a language that lists no stamp words give none.
 */
class DateStampsTest {
  private static final List<String> BODY = List.of("The ferry left the harbour at dawn.");

  @Test
  void shouldReadTheYearOfAStampStandingAsItsOwnLine() {
    DateStamps en = DateStamps.of("en");
    assertThat(en.years("Ferry runs aground", List.of("Posted: May 24, 2005", "The ferry ..."))).containsExactly(
        "2005");
    assertThat(en.years("Wednesday, 05 January 2011", BODY)).containsExactly("2011");
    assertThat(en.years("Ferry runs aground", List.of("Updated 12/16/08 1:30 AM EST"))).containsExactly("2008");
    assertThat(en.years("Ferry runs aground", List.of("published: 2017-04-04 11:47:35"))).containsExactly("2017");
    assertThat(en.years("Ferry runs aground", List.of("LAKEPORT, March 3, 2019"))).containsExactly("2019");
    assertThat(en.years("Ferry runs aground", List.of("Northwire Sep 18, 2013, 02.16PM IST"))).containsExactly(
        "2013");
  }

  @Test
  void shouldNotReadASentenceOrARangeOrAStampTooFarDownAsTheReportsDate() {
    DateStamps en = DateStamps.of("en");
    assertThat(en.years("Ferry runs aground",
        List.of("The council voted on May 24, 2005 to close the pier."))).isEmpty();
    assertThat(en.years("Ferry runs aground", List.of("March 2004 - May 2009"))).isEmpty();
    assertThat(en.years("Ferry runs aground", List.of("Posted at 2:15 PM"))).as("no year").isEmpty();
    assertThat(en.years("Ferry runs aground", List.of("Harbour Master Jane Roe Says March 3, 2019")))
        .as("more than a dateline's place").isEmpty();
    assertThat(en.years("Ferry runs aground", List.of("One.", "Two.", "Three.", "Posted: May 24, 2005")))
        .as("below the first paragraphs").isEmpty();
  }

  @Test
  void shouldReadStampsInEveryLanguageThatListsTheirWordsAndInNoOther() {
    assertThat(DateStamps.of("de").years("Fähre läuft auf Grund",
        List.of("Veröffentlicht am 3. März 2019, 14:05 Uhr"))).containsExactly("2019");
    assertThat(DateStamps.of("fr").years("Un ferry s'échoue", List.of("Publié le 3 mars 2019 à 14h05")))
        .containsExactly("2019");
    assertThat(DateStamps.of("es").years("Un ferry encalla", List.of("Actualizado el 3 de marzo de 2019")))
        .containsExactly("2019");
    assertThat(DateStamps.of("it").years("Traghetto incagliato", List.of("3 marzo 2019"))).as("no stamp words")
        .isEmpty();
  }

  @Test
  void shouldReadTurkishStampsInTurkishCapitals() {
    assertThat(DateStamps.of("tr").years("Feribot karaya oturdu", List.of("Güncelleme: 12 Mart 2019 Salı 14:05")))
        .containsExactly("2019");
    assertThat(DateStamps.of("tr").years("YAYINLANMA: 03.03.2019 - 14:05 SALI", BODY))
        .as("capital I is dotless i in Turkish").containsExactly("2019");
    assertThat(DateStamps.of("tr").years("Feribot karaya oturdu", List.of("Feribot 12 Mart 2019'da oturdu")))
        .as("a sentence").isEmpty();
  }

  @Test
  void shouldReadArabicStampsWithTheirLetterFormsWrittenAlike() {
    assertThat(DateStamps.of("ar").years("جنوح عبارة", List.of("آخر تحديث: الثلاثاء 12 آذار 2019 - 14:05")))
        .containsExactly("2019");
    assertThat(DateStamps.of("ar").years("جنوح عبارة", List.of("نشر في الاربعاء 5 ابريل 2017")))
        .as("letter forms written alike").containsExactly("2017");
    assertThat(DateStamps.of("ar").years("جنوح عبارة", List.of("نشر في ١٢/٠٣/٢٠١٩ - ١٤:٠٥")))
        .as("Arabic-Indic digits").containsExactly("2019");
    assertThat(DateStamps.of("ar").years("جنوح عبارة", List.of("جنحت العبارة في 12 مارس 2019"))).isEmpty();
  }
}
