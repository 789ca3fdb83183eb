package io.wirewatch.alerts.escalation;

import io.wirewatch.model.WireItem;
import java.util.function.Function;

/**
 * What was computed for the last item asked about on this thread: the domain classifier and the ladder
 * reader ask about the same item in turn, so its language and cue scans are worked out once, not twice.
 */
final class LastItemMemo<T> {
  private final Function<WireItem, T> compute;
  private final ThreadLocal<Object[]> last = ThreadLocal.withInitial(() -> new Object[2]);

  LastItemMemo(Function<WireItem, T> compute) {
    this.compute = compute;
  }

  @SuppressWarnings("unchecked")
  T of(WireItem item) {
    Object[] l = last.get();
    if (l[0] != item) {
      l[1] = compute.apply(item);
      l[0] = item;
    }
    return (T) l[1];
  }
}
