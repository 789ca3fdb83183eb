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

  @Test
  void shouldCallTheFirstVersionOfAUriNew() {
    var v = classifier.classify(null, usable("u1", "1", "2022-09-13T10:00:00Z", "a.json"));

    assertThat(v.status()).isEqualTo(DecisionStatus.NEW);
    assertThat(v.next().firstSource()).isEqualTo("a.json");
  }

  @Test
  void shouldCallALaterVersionAnUpdateAndKeepTheStory() {
    var first = classifier.classify(null, usable("u1", "1", "2022-09-13T10:00:00Z", "a.json"));

    var second = classifier.classify(first.next(), usable("u1", "2", "2022-09-13T11:00:00Z", "b.json"));

    assertThat(second.status()).isEqualTo(DecisionStatus.UPDATE);
    assertThat(second.next().story()).isEqualTo(first.next().story());
    assertThat(second.next().version()).isEqualTo("2");
  }

  @Test
  void shouldIgnoreAnOlderVersionThatArrivesLate() {
    var newest = classifier.classify(null, usable("u1", "5", "2022-09-13T12:00:00Z", "b.json"));

    var late = classifier.classify(newest.next(), usable("u1", "3", "2022-09-13T11:00:00Z", "a.json"));

    assertThat(late.next()).isEqualTo(newest.next());
    assertThat(late.reasons()).anyMatch(r -> r.contains("arrived late"));
  }

  @Test
  void shouldCallAByteIdenticalResendADuplicateOfTheOriginal() {
    var first = classifier.classify(null, usable("u1", "1", "2022-09-13T10:00:00Z", "a.json"));

    var again = classifier.classify(first.next(), usable("u1", "1", "2022-09-13T10:00:00Z", "a-again.json"));

    assertThat(again.status()).isEqualTo(DecisionStatus.DUPLICATE);
    assertThat(again.duplicateOf()).isEqualTo("a.json");
  }

  @Test
  void shouldReadKillsWithheldAndCorrectionsFromStatusSignalsHeadlinesAndNotes() {
    var first = classifier.classify(null, usable("u1", "1", "2022-09-13T10:00:00Z", "a.json")).next();

    assertThat(classifier.classify(first, item("u1", "2", "2022-09-13T11:00:00Z", PubStatus.CANCELED, "KILL-x",
        null, List.of(), "k")).status()).isEqualTo(DecisionStatus.KILL);
    assertThat(classifier.classify(first, item("u1", "2", "2022-09-13T11:00:00Z", PubStatus.WITHHELD, "x",
        null, List.of(), "w")).status()).isEqualTo(DecisionStatus.WITHHELD);
    assertThat(classifier.classify(first, item("u1", "2", "2022-09-13T11:00:00Z", PubStatus.USABLE,
        "CORRECTED-Train derails", null, List.of(), "c")).status()).isEqualTo(DecisionStatus.CORRECTION);
    assertThat(classifier.classify(first, item("u1", "2", "2022-09-13T11:00:00Z", PubStatus.USABLE, "x",
        "CORRECTS age of victim", List.of(), "c")).status()).isEqualTo(DecisionStatus.CORRECTION);
    assertThat(classifier.classify(first, item("u1", "2", "2022-09-13T11:00:00Z", PubStatus.USABLE, "x",
        null, List.of("sig:correction"), "c")).status()).isEqualTo(DecisionStatus.CORRECTION);
  }

  @Test
  void shouldCallAReleaseAfterWithheldAnUpdate() {
    var first = classifier.classify(null, usable("u1", "1", "2022-09-13T10:00:00Z", "a")).next();
    var withheld = classifier.classify(first, item("u1", "2", "2022-09-13T11:00:00Z", PubStatus.WITHHELD, "x",
        null, List.of(), "w")).next();

    var released = classifier.classify(withheld, usable("u1", "3", "2022-09-13T12:00:00Z", "r"));

    assertThat(released.status()).isEqualTo(DecisionStatus.UPDATE);
    assertThat(released.reasons()).anyMatch(r -> r.contains("released again"));
  }
}
