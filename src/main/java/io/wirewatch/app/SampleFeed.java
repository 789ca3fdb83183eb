package io.wirewatch.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The bundled sample feed the demo replays: our own copy on the Sept 2022 Armenia-Azerbaijan clashes. */
final class SampleFeed {
  static final String FOLDER = "samples/armenia-azerbaijan-2022";

  /** A file of the feed: its name and bytes. */
  record Entry(String name, byte[] bytes) {}

  private SampleFeed() {}

  /** The feed's files in name order (README excluded), read from the jar or the classes folder. */
  static List<Entry> load() {
    URL url = SampleFeed.class.getClassLoader().getResource(FOLDER);
    if (url == null) {
      throw new IllegalStateException("the bundled sample feed " + FOLDER + " is missing");
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        try (FileSystem fs = jarFileSystem(uri)) {
          return read(fs.getPath(FOLDER));
        } catch (FileSystemAlreadyExistsException e) {
          return read(FileSystems.getFileSystem(uri).getPath(FOLDER));
        }
      }
      return read(Path.of(uri));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled sample feed", e);
    }
  }

  private static FileSystem jarFileSystem(URI uri) throws IOException {
    return FileSystems.newFileSystem(uri, Map.of());
  }

  static List<Entry> read(Path folder) throws IOException {
    List<Entry> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path p : files.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList()) {
        String name = p.getFileName().toString();
        if (!name.startsWith("README") && !name.startsWith(".")) {
          out.add(new Entry(name, Files.readAllBytes(p)));
        }
      }
    }
    return out;
  }
}
