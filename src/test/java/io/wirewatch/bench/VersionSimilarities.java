package io.wirewatch.bench;

import io.wirewatch.dedup.ContentSignatures;
import io.wirewatch.dedup.MinHasher;
import io.wirewatch.formats.ParseResult;
import io.wirewatch.formats.WireParsers;
import io.wirewatch.model.ContentSignature;
import io.wirewatch.model.WireItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Prints how similar each later version of a uri is to the version before it (for choosing thresholds). */
public final class VersionSimilarities {
  public static void main(String[] args) throws Exception {
    WireParsers parsers = new WireParsers(WireParsers.DEFAULT_MAX_BYTES);
    ContentSignatures sigs = ContentSignatures.standard();
    Map<String, ContentSignature> last = new HashMap<>();
    Map<String, String> lastName = new HashMap<>();
    try (var files = Files.list(Path.of(args[0]))) {
      for (Path f : files.sorted().toList()) {
        if (parsers.parse(Files.readAllBytes(f), f.getFileName().toString()) instanceof ParseResult.Accepted a) {
          WireItem it = a.items().get(0);
          ContentSignature s = sigs.of(it);
          ContentSignature prev = last.put(it.uri(), s);
          if (prev != null) {
            System.out.printf("%.3f numbersEqual=%s %s <- %s%n", MinHasher.similarity(prev.minHash(), s.minHash()),
                prev.numbers().equals(s.numbers()), f.getFileName(), lastName.get(it.uri()));
          }
          lastName.put(it.uri(), f.getFileName().toString());
        }
      }
    }
  }
}
