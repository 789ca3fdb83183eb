package io.wirewatch.alerts;

import io.wirewatch.model.WireItem;
import java.util.List;
import java.util.Objects;

/**
 * What a correction is compared with: the uri, headline and body of the version before it. A story keeps
 * this, not the whole item, for its most recent uris, so its state holds text and no metadata. The JSON of a
 * whole item reads as one (its other fields are ignored): state written before stays readable.
 *
 * @param uri the item's uri
 * @param headline its headline
 * @param body its body paragraphs
 */
public record VersionText(String uri, String headline, List<String> body) {
  public VersionText {
    Objects.requireNonNull(uri, "uri");
    headline = headline == null ? "" : headline;
    body = body == null ? List.of() : List.copyOf(body);
  }

  public static VersionText of(WireItem item) {
    return new VersionText(item.uri(), item.headline(), item.body());
  }
}
