package io.wirewatch.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * The content hashes of spool files that reached Kafka but may not have been archived yet: one line per
 * hash, appended and forced to disk after the broker acknowledged the record and before the file is
 * moved. After a crash between produce and move, the restarted watcher finds the hash here and archives
 * the file without producing it again. (A crash in the short window between the acknowledgement and this
 * write re-sends the file under the same key; the versions stage then decides it is a duplicate.)
 */
final class SpoolJournal {
  private final Path file;
  private final Set<String> hashes = new HashSet<>();

  SpoolJournal(Path file) throws IOException {
    this.file = file;
    if (Files.exists(file)) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          hashes.add(line.strip());
        }
      }
    }
  }

  boolean contains(String hash) {
    return hashes.contains(hash);
  }

  /** Records a produced hash durably (fsync) before the file is moved. */
  void append(String hash) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.APPEND)) {
      ch.write(ByteBuffer.wrap((hash + "\n").getBytes(StandardCharsets.UTF_8)));
      ch.force(true);
    }
    hashes.add(hash);
  }

  /** Keeps only the given hashes (those of files still waiting in the spool); atomically rewritten. */
  void retainOnly(Set<String> keep) throws IOException {
    hashes.retainAll(keep);
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(tmp, hashes.isEmpty() ? "" : String.join("\n", hashes) + "\n", StandardCharsets.UTF_8);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  int size() {
    return hashes.size();
  }
}
