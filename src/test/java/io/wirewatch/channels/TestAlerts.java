package io.wirewatch.channels;

import io.wirewatch.model.Alert;
import io.wirewatch.model.AlertDetails;
import io.wirewatch.model.AlertType;
import io.wirewatch.model.Severity;
import java.time.Instant;
import java.util.List;

/** Alerts written for these tests (our own wording, not corpus copy). */
public final class TestAlerts {
  public static final Instant AT = Instant.parse("2022-09-14T09:00:00Z");

  private TestAlerts() {}

  /** A figure alert: {@code metric} of {@code subject} went from {@code from} to {@code to}. */
  public static Alert figure(String id, String story, long from, long to) {
    var previous = new AlertDetails.Provenance("004.json", "urn:r:1", "Reuters",
        "Armenia said " + from + " soldiers were killed.", 10, AT.minusSeconds(3600));
    var current = new AlertDetails.Provenance("010.json", "urn:r:2", "Reuters",
        "Armenia said " + to + " soldiers were killed.", 12, AT);
    return new Alert(id, AlertType.FIGURE_CHANGED, Severity.HIGH, story, "Armenia says soldiers killed", "urn:r:2",
        "010.json", "Reuters", List.of("Reuters", "AP"), "Armenian troops killed: " + from + " -> " + to,
        "Reuters raised the toll.", null, AT, AT,
        new AlertDetails.FigureChanged("killed", "armenian troops", from, to, to > from ? "up" : "down", "exact",
            previous, current));
  }

  /** A kill alert whose wire text tries to ping a Slack channel and inject a script. */
  public static Alert hostile(String id, String story) {
    return new Alert(id, AlertType.KILL, Severity.CRITICAL, story, "<!channel> Ceasefire & talks <script>x()</script>",
        "urn:k:1", "kill.json", "Reuters", List.of("Reuters"), "KILL: <!channel> story withdrawn <b>now</b>",
        "Reason: <!here> & <script>alert(1)</script>", null, AT, AT,
        new AlertDetails.Kill("urn:k:0", "<!channel> ceasefire", "<script>alert('k')</script> legal"));
  }

  /** An alert of any type with a given severity and desk. */
  public static Alert of(String id, AlertType type, Severity severity, String story, String desk) {
    return new Alert(id, type, severity, story, "Story " + story, "urn:x:" + id, "x.json", "AP", List.of("AP"),
        "Alert " + id, "text", desk, AT, AT, null);
  }
}
