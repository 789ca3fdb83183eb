package io.wirewatch.bench;

import io.wirewatch.alerts.escalation.EscalationDetector;
import io.wirewatch.alerts.escalation.StoryDomain;
import io.wirewatch.model.PubStatus;
import io.wirewatch.model.WireItem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints what escalation reading (domain and sentence readings) costs per 2 KB item on one thread, for an
 * English, a French and a German item of made-up copy. Run: {@code java -cp target/test-classes:target/classes:$(cat cp.txt)
 * io.wirewatch.bench.EscalationBench}. A benchmark, not a test: it asserts nothing.
 */
public final class EscalationBench {
  private EscalationBench() {}

  public static void main(String[] args) {
    EscalationDetector detector = EscalationDetector.withDefaults();
    String[][] copy = {
        {"en", "Border clashes kill four soldiers", "Troops exchanged fire overnight near the disputed border, "
            + "the defence ministry said on Tuesday. Four soldiers were killed and six wounded. There was no "
            + "word on civilian casualties. The two sides fought a war in 1994 that left thousands dead. "},
        {"fr", "Heurts à la frontière : quatre soldats tués", "Des tirs ont été échangés dans la nuit près de "
            + "la frontière, a indiqué mardi le ministère de la Défense. Quatre soldats ont été tués et six "
            + "blessés. Aucun bilan civil n'a été communiqué. Les deux pays se sont affrontés en 1994. "},
        {"de", "Gefechte an der Grenze: vier Soldaten getötet", "In der Nacht haben sich Truppen an der "
            + "umstrittenen Grenze einen Schusswechsel geliefert, teilte das Verteidigungsministerium am "
            + "Dienstag mit. Vier Soldaten wurden getötet und sechs verletzt. Zu zivilen Opfern gab es keine "
            + "Angaben. "}};
    for (String[] c : copy) {
      int rounds = 3_000;
      // a fresh item each time: the reader remembers the last item it read on a thread, as the pipeline's
      // classifier and ladder share it, and one item read over and over would measure that memo instead
      List<WireItem> items = new ArrayList<>();
      for (int i = 0; i < 2 * rounds; i++) {
        items.add(item(c[0], i, c[1], c[2]));
      }
      WireItem item = items.get(0);
      int chars = item.headline().length() + item.bodyText().length();
      for (int i = 0; i < rounds; i++) {
        read(detector, items.get(i));
      }
      long start = System.nanoTime();
      for (int i = rounds; i < 2 * rounds; i++) {
        read(detector, items.get(i));
      }
      double msPerItem = (System.nanoTime() - start) / 1e6 / rounds;
      System.out.printf("escalation %s: %.3f ms per item of %d chars = %.3f ms per 2 KB%n", c[0], msPerItem,
          chars, msPerItem * 2048 / chars);
    }
  }

  private static int read(EscalationDetector detector, WireItem item) {
    StoryDomain domain = detector.classifier().classify(item).domain();
    return detector.detect(item, domain).size();
  }

  private static WireItem item(String lang, int n, String headline, String paragraph) {
    List<String> body = new ArrayList<>();
    int size = 0;
    while (size < 2048) {
      body.add(paragraph);
      size += paragraph.length();
    }
    return new WireItem("urn:bench:" + lang + ":" + n, "1", Instant.parse("2025-03-04T10:00:00Z"), null, "bench", lang,
        headline, body, null, null, null, null, 3, PubStatus.USABLE, List.of(), null, List.of(), List.of(), "bench",
        "text", null);
  }
}
