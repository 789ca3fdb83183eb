package io.wirewatch.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Decides which files of a spool folder are complete. A file is complete when a done-marker
 * {@code <name>.done} exists beside it, or when its size and modification time have not changed for the
 * stable period. Files still being written by convention are never taken: hidden names ({@code .x}),
 * and names ending {@code .tmp}, {@code .part}, {@code .partial}, {@code .filepart}, {@code .crdownload}
 * or {@code ~}. Pure bookkeeping over observations; time comes from the caller.
 */
final class SpoolFiles {
  static final String DONE_SUFFIX = ".done";
  private static final List<String> IN_PROGRESS =
      List.of(".tmp", ".part", ".partial", ".filepart", ".crdownload", "~", DONE_SUFFIX);

  private record Seen(long size, long modified, Instant since) {}

  private final Duration stableFor;
  private final Map<Path, Seen> seen = new HashMap<>();

  SpoolFiles(Duration stableFor) {
    this.stableFor = stableFor;
  }

  /** The complete files of {@code dir} at {@code now}, oldest name first. */
  List<Path> complete(Path dir, Instant now) throws IOException {
    List<Path> out = new ArrayList<>();
    Map<Path, Seen> next = new HashMap<>();
    for (Path file : candidates(dir)) {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      Seen before = seen.get(file);
      Seen current = before != null && before.size() == a.size() && before.modified() == a.lastModifiedTime().toMillis()
          ? before : new Seen(a.size(), a.lastModifiedTime().toMillis(), now);
      next.put(file, current);
      boolean stable = before == current && !now.isBefore(current.since().plus(stableFor));
      if (Files.exists(doneMarker(file)) || stable) {
        out.add(file);
      }
    }
    seen.clear();
    seen.putAll(next);
    return out;
  }

  /** Forgets a file (after it was archived). */
  void forget(Path file) {
    seen.remove(file);
  }

  static Path doneMarker(Path file) {
    return file.resolveSibling(file.getFileName() + DONE_SUFFIX);
  }

  static boolean isInProgressName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.startsWith(".") || IN_PROGRESS.stream().anyMatch(n::endsWith);
  }

  private static List<Path> candidates(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> !isInProgressName(p.getFileName().toString()))
          .sorted(Comparator.comparing(p -> p.getFileName().toString()))
          .toList();
    }
  }
}
