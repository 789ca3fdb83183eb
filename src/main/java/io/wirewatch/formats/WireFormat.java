package io.wirewatch.formats;

/** The formats wirewatch reads, with the ids written into {@code WireItem.format}. */
public enum WireFormat {
  NINJS_1("ninjs-1"),
  NINJS_2("ninjs-2"),
  NINJS_3("ninjs-3"),
  NEWSML_G2("newsml-g2"),
  NEWSML_1("newsml-1.2"),
  NITF("nitf"),
  IPTC_7901("iptc-7901"),
  ANPA_1312("anpa-1312"),
  RSS("rss"),
  ATOM("atom"),
  TEXT("text");

  private final String id;

  WireFormat(String id) {
    this.id = id;
  }

  /** The format id, e.g. "ninjs-2". */
  public String id() {
    return id;
  }
}
