package io.wirewatch.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Lists the files to ingest from files and folders: folders in file-name order, hidden files skipped. */
public final class FileSource {
  private FileSource() {}

  /** Expands the given paths into regular files; a folder contributes its direct children by name. */
  public static List<Path> expand(List<Path> paths) {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> children = Files.list(p)) {
          children.filter(Files::isRegularFile)
              .filter(c -> !c.getFileName().toString().startsWith("."))
              .sorted(Comparator.comparing(c -> c.getFileName().toString()))
              .forEach(out::add);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot list " + p, e);
        }
      } else if (Files.isRegularFile(p)) {
        out.add(p);
      } else {
        throw new IllegalArgumentException("no such file or folder: " + p);
      }
    }
    return out;
  }

  /** The record key for a file: the feed it came from plus its name. */
  public static String keyOf(Path file) {
    return "file:" + file.getFileName();
  }
}
