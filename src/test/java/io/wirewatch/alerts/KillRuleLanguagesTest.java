package io.wirewatch.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.PubStatus;
import io.wirewatch.model.WireItem;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Kill advisories are read in the languages whose files describe them, and only there. */
class KillRuleLanguagesTest {

  private static WireItem item(String lang, String headline, String body) {
    return new WireItem("urn:k:" + headline.hashCode(), "1", Instant.parse("2025-05-02T08:00:00Z"), null, "test",
        lang, headline, List.of(body), null, null, null, null, 3, PubStatus.USABLE, List.of(), null, List.of(),
        List.of(), "t.json", "ninjs-2", null);
  }

  @Test
  void anEnglishAdvisoryKillsAndNamesTheKilledHeadline() {
    WireItem advisory = item("en", "Advisory for editors",
        "Please kill the story headlined \"Ferry runs aground off the coast\", sent at 0710 GMT. The story was "
            + "sent in error. No substitute story will be sent.");
    var details = KillRule.evaluate(advisory).orElseThrow();
    assertThat(details.killedHeadline()).isEqualTo("Ferry runs aground off the coast");
    assertThat(details.reason()).contains("sent in error").doesNotContain("No substitute");
  }

  @Test
  void englishAdvisoryWordsDoNotMakeAKillOfCopyInALanguageWithoutAdvisoryData() {
    // a French report quoting an English phrase is not an advisory: French has no kill-advisories file
    WireItem french = item("fr", "Le ferry échoué au large de la côte bretonne",
        "Le capitaine du ferry a reçu l'ordre \"kill the report\" de son armateur, selon des témoins, avant que "
            + "le navire ne s'échoue sur un banc de sable au large de la côte bretonne jeudi matin.");
    assertThat(KillRule.evaluate(french)).isEmpty();
  }
}
