package io.wirewatch.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.wirewatch.alerts.escalation.EscalationConfig;
import io.wirewatch.formats.ParseResult;
import io.wirewatch.formats.WireParsers;
import io.wirewatch.model.AlertDetails;
import io.wirewatch.model.DecisionStatus;
import io.wirewatch.model.PubStatus;
import io.wirewatch.model.WireItem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertRulesTest {
  private static WireItem item(String uri, PubStatus status, String headline, String ednote, List<String> signals,
      String... body) {
    return new WireItem(uri, "1", Instant.parse("2022-09-15T06:00:00Z"), null, "Reuters", "en", headline,
        List.of(body), null, null, null, null, 3, status, signals, ednote, List.of(), List.of(), "t.json", "ninjs-2",
        null);
  }

  @Test
  void shouldRaiseAKillWithTheAgencysReasonWhenAnItemIsCanceled() {
    WireItem kill = item("urn:a", PubStatus.CANCELED, "KILL-Storm makes landfall", "KILL - STORY SENT IN ERROR",
        List.of("kill"), "PLEASE KILL THE STORY HEADLINED \"Storm makes landfall\", TRANSMITTED AT 2355 GMT. "
            + "THE WEATHER OFFICE HAS NOT CONFIRMED LANDFALL. THERE WILL BE NO SUBSTITUTE STORY.");
    AlertDetails.Kill details = KillRule.evaluate(kill).orElseThrow();
    assertThat(details.killedUri()).isEqualTo("urn:a");
    assertThat(details.killedHeadline()).isEqualTo("Storm makes landfall");
    assertThat(details.reason()).isEqualTo("STORY SENT IN ERROR. THE WEATHER OFFICE HAS NOT CONFIRMED LANDFALL.");
  }

  @Test
  void shouldNotTakeAStoryAboutKillingsForAKill() {
    assertThat(KillRule.evaluate(item("urn:b", PubStatus.USABLE, "Gunmen kill five in attack", null, List.of(),
        "Gunmen killed five people."))).isEmpty();
  }

  @Test
  void shouldTellWhichFigureNameOrAgeACorrectionChanged() {
    WireItem before = item("urn:c", PubStatus.USABLE, "Three dead, 83 injured in derailment", null, List.of(),
        "A woman was killed in Ganjan district.", "The driver, 32-year-old Max, was hurt.");
    WireItem after = item("urn:c", PubStatus.USABLE, "CORRECTED-Three dead, 38 injured in derailment",
        "Corrects figure", List.of("sig:correction"), "A woman was killed in Ganjam district.",
        "The driver, 23-year-old Max, was hurt.");
    AlertDetails.Correction c = CorrectionRule.evaluate(before, after);
    assertThat(c.changes()).containsExactly("figure: 83 -> 38", "name or place: Ganjan -> Ganjam", "age: 32 -> 23");
    assertThat(CorrectionRule.isCorrection(after)).isTrue();
  }

  @Test
  void shouldReadTheEditorsNoteWhenThePreviousVersionIsUnknown() {
    WireItem after = item("urn:d", PubStatus.USABLE, "Second protester dies",
        "Eds: CORRECTS age of second victim to 23, not 32.", List.of(), "The man, 23, died overnight.");
    assertThat(CorrectionRule.evaluate((VersionText) null, after).changes()).containsExactly("figure: 32 -> 23");
  }

  @Test
  void shouldFlagAHeadlineThatBelongsToAnotherStory() {
    StoryTerms story = StoryTerms.empty().with(item("urn:e", PubStatus.USABLE, "Methane blast traps miners", null,
        List.of(), "Eleven miners were trapped after a methane explosion at a coal mine in central Colombia."));
    WireItem borrowed = item("urn:f", PubStatus.USABLE, "Mongolia's capital calm under state of emergency", null,
        List.of(), "Colombia's president ordered an investigation into the explosion at the coal mine that "
            + "killed 11 miners, and said the government would tighten inspections of small mines in the "
            + "province after the methane blast.");
    var mismatch = HeadlineMismatchRule.defaults().evaluate(borrowed, story);
    assertThat(mismatch).hasValueSatisfying(m -> {
      assertThat(m.headline()).isEqualTo(borrowed.headline());
      assertThat(m.bodyAbout()).startsWith("Colombia's president");
      assertThat(m.overlap()).isLessThan(0.25);
    });
  }

  @Test
  void shouldLeaveParaphrasedHeadlinesAlone() {
    WireItem ok = item("urn:g", PubStatus.USABLE, "Indian state counts cost as cyclone camps empty", null,
        List.of(), "Families in India's Odisha state began returning to flattened villages on Friday as the "
            + "number of people in cyclone relief camps fell, officials said. Losses could exceed 12 billion "
            + "rupees, the state government said.");
    assertThat(HeadlineMismatchRule.defaults().evaluate(ok, StoryTerms.empty())).isEmpty();
  }

  @Test
  void shouldFlagTheSeedArticlesHeadline() throws IOException {
    Path seed = Path.of("..", "shared", "seed");
    assumeTrue(Files.isDirectory(seed), "../shared/seed is absent: seed check skipped");
    try (Stream<Path> files = Files.list(seed)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
        var parsed = (ParseResult.Accepted) new WireParsers(WireParsers.DEFAULT_MAX_BYTES)
            .parse(Files.readAllBytes(f), f.getFileName().toString());
        assertThat(HeadlineMismatchRule.defaults().evaluate(parsed.items().get(0), StoryTerms.empty()))
            .as(f.toString()).isPresent();
      }
    }
  }

  @Test
  void shouldRaiseNothingForADuplicateAndKeepTheStateUnchanged() {
    StoryRules rules = StoryRules.withDefaults();
    WireItem first = item("urn:h", PubStatus.USABLE, "Armenia says Azerbaijan shelling border", null, List.of(),
        "Azerbaijani forces opened fire on Armenian positions on Tuesday.");
    var s = rules.evaluate(null, first, DecisionStatus.NEW, null).state();
    WireItem dup = item("urn:i", PubStatus.USABLE, "RPT-Armenia says 49 killed in clashes", null, List.of("rpt"),
        "49 soldiers were killed in clashes on Tuesday.");
    var out = rules.evaluate(s, dup, DecisionStatus.DUPLICATE, null);
    assertThat(out.alerts()).isEmpty();
    assertThat(out.state().ladder().level()).isEqualTo(s.ladder().level());
  }

  @Test
  void shouldRejectAnEscalationConfigWithAnUnknownDomain(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("escalation.yaml");
    Files.writeString(file, "subjectCodes:\n  \"16\": warfare\n");
    assertThatThrownBy(() -> EscalationConfig.load(file)).hasMessageContaining(file.toString())
        .hasMessageContaining("warfare");
  }

  @Test
  void shouldLoadTheShippedEscalationConfigWithItsSubjectCodes() {
    EscalationConfig config = EscalationConfig.load(Path.of("config", "escalation.yaml"));
    assertThat(config.subjectCodes()).containsEntry("16", "conflict").containsEntry("15", "sport");
  }
}
