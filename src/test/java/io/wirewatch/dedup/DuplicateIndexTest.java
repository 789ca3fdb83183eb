package io.wirewatch.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.ContentSignature;
import io.wirewatch.model.PubStatus;
import io.wirewatch.model.WireItem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
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
    assertThat(match.id()).isEqualTo("a");
    assertThat(match.source()).isEqualTo("a.json");
    assertThat(match.story()).isEqualTo("story-a");
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

  @Test
  void shouldFindACopyOfEachOfManyTextsAfterMostOfThemExpired() {
    DuplicateIndex index = new DuplicateIndex(32, 4);
    for (int i = 0; i < 1_000; i++) {
      String body = BODY.replace("Three people", "People from house " + i);
      index.add(entry("e" + i, sig("Quake", body), Instant.parse("2022-09-01T00:00:00Z").plusSeconds(60L * i)
          .toString()));
    }

    List<String> gone = index.expireBefore(Instant.parse("2022-09-01T00:00:00Z").plusSeconds(60L * 900));

    assertThat(gone).hasSize(900);
    assertThat(index.size()).isEqualTo(100);
    String kept = BODY.replace("Three people", "People from house 950");
    assertThat(index.find(sig("Quake", kept), 0.8)).map(DuplicateIndex.Match::id).contains("e950");
    assertThat(index.find(sig("Quake", BODY.replace("Three people", "People from house 10")), 0.8)).isEmpty();
  }

  /**
   * The index against the plainest reading of its contract, over random adds, expiries and lookups of
   * signatures from a small alphabet (so that texts share bands, hashes and numbers often): the same match,
   * the same similarity, the same entries forgotten.
   */
  @Property(tries = 60)
  void shouldAnswerAsAScanOfEveryEntryWould(@ForAll long seed) {
    Random r = new Random(seed);
    DuplicateIndex index = new DuplicateIndex(8, 2);
    List<DuplicateIndex.Entry> all = new ArrayList<>();
    Instant t0 = Instant.parse("2022-01-01T00:00:00Z");
    for (int step = 0; step < 400; step++) {
      int op = r.nextInt(10);
      if (op < 5) {
        DuplicateIndex.Entry e = randomEntry(r, "e" + step, t0.plusSeconds(r.nextInt(1_000)));
        index.add(e);
        all.add(e);
      } else if (op < 6) {
        Instant cutoff = t0.plusSeconds(r.nextInt(600));
        List<String> expected = all.stream().filter(e -> e.eventTime().isBefore(cutoff))
            .map(DuplicateIndex.Entry::id).sorted().toList();
        assertThat(index.expireBefore(cutoff).stream().sorted().toList()).isEqualTo(expected);
        all.removeIf(e -> e.eventTime().isBefore(cutoff));
      } else {
        DuplicateIndex.Entry q = randomEntry(r, "q", t0);
        ContentSignature sig = new ContentSignature(q.exactHash(), q.minHash(), q.numbers(), q.words());
        Optional<DuplicateIndex.Match> got = index.find(sig, 0.5);
        Optional<DuplicateIndex.Match> want = scan(all, sig, 0.5, 8, 2);
        assertThat(got.map(DuplicateIndex.Match::id)).isEqualTo(want.map(DuplicateIndex.Match::id));
        assertThat(got.map(DuplicateIndex.Match::similarity)).isEqualTo(want.map(DuplicateIndex.Match::similarity));
        assertThat(got.map(DuplicateIndex.Match::exact)).isEqualTo(want.map(DuplicateIndex.Match::exact));
        for (DuplicateIndex.Entry e : all) {
          boolean repeats = e.exactHash().equals(sig.exactHash()) || e.numbers().equals(sig.numbers())
              && Math.abs(e.words() - sig.words()) <= Math.max(3, e.words() / 50)
              && MinHasher.similarity(e.minHash(), sig.minHash()) >= 0.6;
          assertThat(index.repeats(e.id(), sig, 0.6)).as("repeats " + e.id()).isEqualTo(repeats);
        }
      }
      assertThat(index.size()).isEqualTo(all.size());
    }
  }

  private static DuplicateIndex.Entry randomEntry(Random r, String id, Instant at) {
    int[] minHash = new int[16];
    for (int i = 0; i < minHash.length; i++) {
      minHash[i] = r.nextInt(3);
    }
    return new DuplicateIndex.Entry(id, "u-" + id, id + ".xml", "s", "h" + r.nextInt(6), minHash,
        List.of(String.valueOf(r.nextInt(2))), 45 + r.nextInt(10), at);
  }

  /** Every entry read in turn: an identical text's earliest, else the most similar sharing a band. */
  private static Optional<DuplicateIndex.Match> scan(List<DuplicateIndex.Entry> all, ContentSignature sig,
      double threshold, int bands, int rows) {
    Comparator<DuplicateIndex.Entry> earliest = Comparator.comparing(DuplicateIndex.Entry::eventTime)
        .thenComparing(DuplicateIndex.Entry::id);
    Optional<DuplicateIndex.Entry> exact = all.stream().filter(e -> e.exactHash().equals(sig.exactHash()))
        .min(earliest);
    if (exact.isPresent()) {
      return Optional.of(new DuplicateIndex.Match(exact.get().id(), exact.get().source(), exact.get().story(), 1.0,
          true));
    }
    DuplicateIndex.Match best = null;
    for (DuplicateIndex.Entry e : all.stream().sorted(earliest).toList()) {
      boolean sharesBand = false;
      for (int b = 0; b < bands; b++) {
        sharesBand |= Arrays.hashCode(Arrays.copyOfRange(e.minHash(), b * rows, (b + 1) * rows))
            == Arrays.hashCode(Arrays.copyOfRange(sig.minHash(), b * rows, (b + 1) * rows));
      }
      double s = MinHasher.similarity(sig.minHash(), e.minHash());
      if (sharesBand && s >= threshold && e.numbers().equals(sig.numbers())
          && (best == null || s > best.similarity())) {
        best = new DuplicateIndex.Match(e.id(), e.source(), e.story(), s, false);
      }
    }
    return Optional.ofNullable(best);
  }
}
