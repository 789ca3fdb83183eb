package io.wirewatch.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.DecisionStatus;
import io.wirewatch.model.PubStatus;
import io.wirewatch.model.WireItem;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionClassifierTest {
  private final VersionClassifier classifier = new VersionClassifier();

  static WireItem item(String uri, String version, String time, PubStatus status, String headline,
      String ednote, List<String> signals, String source) {
    return new WireItem(uri, version, Instant.parse(time), null, "Reuters", "en", headline, List.of("Body."),
        null, null, null, null, 3, status, signals, ednote, List.of(), List.of(), source, "ninjs-2", null);
  }

  static WireItem usable(String uri, String version, String time, String source) {
    return item(uri, version, time, PubStatus.USABLE, "Headline", null, List.of(), source);
  }

  static VersionState known(String version, String time, DecisionStatus status, String source) {
    return new VersionState(version, Instant.parse(time), status, "first.json", source, "s-1", "e1", null);
  }

  @Test
  void shouldCallTheFirstVersionOfAUriNew() {
    var v = classifier.classify(null, usable("u1", "1", "2022-09-13T10:00:00Z", "a.json"), false);

    assertThat(v.status()).isEqualTo(DecisionStatus.NEW);
    assertThat(v.newest()).isTrue();
  }

  @Test
  void shouldCallALaterVersionAnUpdate() {
    var v = classifier.classify(known("1", "2022-09-13T10:00:00Z", DecisionStatus.NEW, "a.json"),
        usable("u1", "2", "2022-09-13T11:00:00Z", "b.json"), false);

    assertThat(v.status()).isEqualTo(DecisionStatus.UPDATE);
    assertThat(v.reasons()).anyMatch(r -> r.contains("later version of first.json"));
  }

  @Test
  void shouldNotApplyAnOlderVersionThatArrivesLate() {
    var v = classifier.classify(known("5", "2022-09-13T12:00:00Z", DecisionStatus.UPDATE, "b.json"),
        usable("u1", "3", "2022-09-13T11:00:00Z", "a.json"), false);

    assertThat(v.newest()).isFalse();
    assertThat(v.reasons()).anyMatch(r -> r.contains("arrived late"));
  }

  @Test
  void shouldCallAByteIdenticalResendADuplicateOfTheVersionItRepeats() {
    var v = classifier.classify(known("1", "2022-09-13T10:00:00Z", DecisionStatus.NEW, "a.json"),
        usable("u1", "1", "2022-09-13T10:00:00Z", "a-again.json"), false);

    assertThat(v.status()).isEqualTo(DecisionStatus.DUPLICATE);
    assertThat(v.duplicateOf()).isEqualTo("a.json");
  }

  @Test
  void shouldCallALaterVersionThatRepeatsTheTextARefileDuplicate() {
    var v = classifier.classify(known("1", "2022-09-13T10:00:00Z", DecisionStatus.NEW, "a.json"),
        usable("u1", "2", "2022-09-13T10:05:00Z", "refile.json"), true);

    assertThat(v.status()).isEqualTo(DecisionStatus.DUPLICATE);
    assertThat(v.duplicateOf()).isEqualTo("a.json");
    assertThat(v.newest()).isTrue();
  }

  @Test
  void shouldReadKillsWithheldAndCorrectionsFromStatusSignalsHeadlinesAndNotes() {
    VersionState first = known("1", "2022-09-13T10:00:00Z", DecisionStatus.NEW, "a.json");

    assertThat(classifier.classify(first, item("u1", "2", "2022-09-13T11:00:00Z", PubStatus.CANCELED, "KILL-x",
        null, List.of(), "k"), false).status()).isEqualTo(DecisionStatus.KILL);
    assertThat(classifier.classify(first, item("u1", "2", "2022-09-13T11:00:00Z", PubStatus.WITHHELD, "x",
        null, List.of(), "w"), false).status()).isEqualTo(DecisionStatus.WITHHELD);
    assertThat(classifier.classify(first, item("u1", "2", "2022-09-13T11:00:00Z", PubStatus.USABLE,
        "CORRECTED-Train derails", null, List.of(), "c"), true).status()).isEqualTo(DecisionStatus.CORRECTION);
    assertThat(classifier.classify(first, item("u1", "2", "2022-09-13T11:00:00Z", PubStatus.USABLE, "x",
        "CORRECTS age of victim", List.of(), "c"), false).status()).isEqualTo(DecisionStatus.CORRECTION);
    assertThat(classifier.classify(first, item("u1", "2", "2022-09-13T11:00:00Z", PubStatus.USABLE, "x",
        null, List.of("sig:correction"), "c"), false).status()).isEqualTo(DecisionStatus.CORRECTION);
  }

  @Test
  void shouldCallAReleaseAfterWithheldAnUpdate() {
    var v = classifier.classify(known("2", "2022-09-13T11:00:00Z", DecisionStatus.WITHHELD, "w.json"),
        usable("u1", "3", "2022-09-13T12:00:00Z", "r.json"), true);

    assertThat(v.status()).isEqualTo(DecisionStatus.UPDATE);
    assertThat(v.reasons()).anyMatch(r -> r.contains("released again"));
  }
}
