package io.wirewatch.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.ContentSignature;
import io.wirewatch.model.PubStatus;
import io.wirewatch.model.WireItem;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateIndexTest {
  private static final String BODY = "Rescue teams were searching the rubble of two collapsed houses in Yesilyurt, "
      + "Malatya governor Hulusi Sahin told reporters on Tuesday. Three people were killed and dozens of buildings "
      + "were damaged, the disaster agency AFAD said, and residents spent the night outdoors in the cold.";
  private final ContentSignatures signatures = ContentSignatures.standard();

  private ContentSignature sig(String headline, String body) {
    return signatures.of(new WireItem("u", "1", Instant.EPOCH, null, "AP", "en", headline, List.of(body), null, null,
        null, null, null, PubStatus.USABLE, List.of(), null, List.of(), List.of(), "s", "ninjs-2", null));
  }

  private static DuplicateIndex.Entry entry(String id, ContentSignature s, String time) {
    return new DuplicateIndex.Entry(id, "uri-" + id, id + ".json", "story-" + id, s.exactHash(), s.minHash(),
        s.numbers(), s.words(), Instant.parse(time));
  }

  @Test
  void shouldFindTheSameBodyUnderAnotherHeadlineAsAnExactCopyOfTheEarliest() {
    DuplicateIndex index = new DuplicateIndex(32, 4);
    index.add(entry("b", sig("Quake", BODY), "2022-09-13T11:00:00Z"));
    index.add(entry("a", sig("Earthquake kills three", BODY), "2022-09-13T10:00:00Z"));

    var match = index.find(sig("Deadly tremor in Anatolia", BODY), 0.8).orElseThrow();

    assertThat(match.exact()).isTrue();
    assertThat(match.original().id()).isEqualTo("a");
  }

  @Test
  void shouldFindANearCopyWithTheSameNumbersButNotOneThatChangesAFigure() {
    DuplicateIndex index = new DuplicateIndex(32, 4);
    index.add(entry("a", sig("Quake", BODY), "2022-09-13T10:00:00Z"));

    assertThat(index.find(sig("Quake", BODY.replace("outdoors", "outside")), 0.8)).isPresent();
    assertThat(index.find(sig("Quake", BODY.replace("Three people", "Five people").replace("Three", "5")), 0.8))
        .isEmpty();
  }

  @Test
  void shouldForgetEntriesOlderThanTheWindow() {
    DuplicateIndex index = new DuplicateIndex(32, 4);
    index.add(entry("a", sig("Quake", BODY), "2022-09-10T10:00:00Z"));

    assertThat(index.expireBefore(Instant.parse("2022-09-12T00:00:00Z"))).containsExactly("a");
    assertThat(index.find(sig("Quake", BODY), 0.8)).isEmpty();
  }
}
