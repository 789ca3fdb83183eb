package io.wirewatch.formats;

import io.wirewatch.model.WireItem;
import java.util.List;

/**
 * A pure parser for one wire format: decoded text in, items out. Implementations throw
 * {@link RejectedInputException} for input that cannot become an item and never do I/O.
 */
public interface WireParser {

  /** The format id this parser writes into {@link WireItem#format()}, e.g. "ninjs-2". */
  String format();

  /** Parses one transmission; the list is never empty. */
  List<WireItem> parse(String text);
}
