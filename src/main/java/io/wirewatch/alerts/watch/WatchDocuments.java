package io.wirewatch.alerts.watch;

import io.wirewatch.model.WireItem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;

/**
 * How an item looks to a stored query: the fields {@code headline} and {@code body} (words, lower-cased, not
 * stemmed, so wildcards and phrases mean what they say) and {@code agency}, {@code language} and
 * {@code urgency} (whole values, lower-cased: {@code agency:reuters}, {@code urgency:[1 TO 3]}).
 */
final class WatchDocuments {
  static final String HEADLINE = "headline";
  static final String BODY = "body";
  static final String[] DEFAULT_FIELDS = {HEADLINE, BODY};
  /** Fields of whole values shared by many items: poor filters for the presearcher. */
  static final Set<String> METADATA_FIELDS = Set.of("agency", "language", "urgency");

  private WatchDocuments() {}

  static Analyzer analyzer() {
    try {
      Analyzer keyword = CustomAnalyzer.builder().withTokenizer("keyword").addTokenFilter("lowercase").build();
      return new PerFieldAnalyzerWrapper(new StandardAnalyzer(),
          Map.of("agency", keyword, "language", keyword, "urgency", keyword));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Document of(WireItem item) {
    Document doc = new Document();
    doc.add(new TextField(HEADLINE, item.headline(), Field.Store.NO));
    doc.add(new TextField(BODY, item.bodyText(), Field.Store.NO));
    if (item.agency() != null) {
      doc.add(new TextField("agency", item.agency(), Field.Store.NO));
    }
    if (item.language() != null) {
      doc.add(new TextField("language", item.language(), Field.Store.NO));
    }
    if (item.urgency() != null) {
      doc.add(new TextField("urgency", String.valueOf(item.urgency()), Field.Store.NO));
    }
    return doc;
  }

  /** The text of a field, for highlighting. */
  static String text(WireItem item, String field) {
    return switch (field) {
      case HEADLINE -> item.headline();
      case BODY -> item.bodyText();
      case "agency" -> item.agency();
      case "language" -> item.language();
      case "urgency" -> item.urgency() == null ? null : String.valueOf(item.urgency());
      default -> null;
    };
  }
}
