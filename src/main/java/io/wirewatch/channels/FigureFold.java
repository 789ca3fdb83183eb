package io.wirewatch.channels;

import io.wirewatch.model.Alert;
import io.wirewatch.model.AlertDetails.FigureChanged;
import io.wirewatch.model.AlertType;
import java.util.Optional;

/**
 * Folds successive updates of one figure into one alert: "49 -> 105" then "105 -> 110" becomes
 * "49 -> 110", with the first alert's earlier provenance and the last one's current provenance.
 */
public final class FigureFold {
  private FigureFold() {}

  /** The figure an alert is about ({@code story|metric|subject}), when it is a FIGURE_CHANGED alert. */
  public static Optional<String> key(Alert alert) {
    if (alert.type() != AlertType.FIGURE_CHANGED || !(alert.details() instanceof FigureChanged f)) {
      return Optional.empty();
    }
    return Optional.of(alert.story() + "|" + f.metric() + "|" + f.subject());
  }

  /** {@code later} with the change widened to start where {@code earlier} started. */
  public static Alert merge(Alert earlier, Alert later) {
    FigureChanged a = (FigureChanged) earlier.details();
    FigureChanged b = (FigureChanged) later.details();
    FigureChanged merged = new FigureChanged(b.metric(), b.subject(), a.from(), b.to(), direction(a.from(), b.to()),
        b.qualifier(), a.previous(), b.current());
    String title = later.title();
    String was = b.from() + " -> " + b.to();
    if (title != null && title.contains(was)) {
      title = title.replace(was, a.from() + " -> " + b.to());
    }
    return new Alert(later.id(), later.type(),
        earlier.severity().atLeast(later.severity()) ? earlier.severity() : later.severity(), later.story(),
        later.storyHeadline(), later.itemUri(), later.source(), later.agency(), later.agencies(), title,
        later.text(), later.desk(), later.raisedAt(), earlier.receivedAt(), merged);
  }

  static String direction(long from, long to) {
    return to > from ? "up" : to < from ? "down" : "unchanged";
  }
}
