package io.wirewatch.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * Universal Dependencies part-of-speech tags of a sentence's tokens by an OpenNLP model named in the
 * language's {@code layer.tsv} ({@code pos-model}, a class-path resource). The model loads once on first
 * use; taggers (not thread-safe) are per thread. Without a model every tag is "X".
 */
final class Tagger {
  private final String resource;
  private volatile POSModel model;
  private final ThreadLocal<POSTaggerME> taggers;

  Tagger(String resource) {
    this.resource = resource;
    this.taggers = resource == null ? null : ThreadLocal.withInitial(() -> new POSTaggerME(model()));
  }

  List<String> tags(List<Token> tokens) {
    if (tokens.isEmpty()) {
      return List.of();
    }
    if (taggers == null) {
      return Collections.nCopies(tokens.size(), "X");
    }
    String[] words = new String[tokens.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = tokens.get(i).text();
    }
    return List.copyOf(Arrays.asList(taggers.get().tag(words)));
  }

  private POSModel model() {
    POSModel m = model;
    if (m == null) {
      synchronized (this) {
        m = model;
        if (m == null) {
          try (InputStream in = Tagger.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
              throw new IllegalStateException("part-of-speech model " + resource + " is not on the class path");
            }
            m = new POSModel(in);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
          }
          model = m;
        }
      }
    }
    return m;
  }
}
