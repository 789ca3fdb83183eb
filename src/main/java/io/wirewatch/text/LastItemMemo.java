package io.wirewatch.text;

import io.wirewatch.model.WireItem;
import java.util.function.Function;

/**
 * What was computed for the last item asked about on this thread. The story stage's rules read one item in
 * turn (headline check, domain classifier, ladder reader), so what each needs of it (its language, its cue
 * scans) is worked out once, not once per rule. Keyed by identity: a new item object is a new item.
 */
public final class LastItemMemo<T> {
  private final Function<WireItem, T> compute;
  private final ThreadLocal<Object[]> last = ThreadLocal.withInitial(() -> new Object[2]);

  public LastItemMemo(Function<WireItem, T> compute) {
    this.compute = compute;
  }

  @SuppressWarnings("unchecked")
  public T of(WireItem item) {
    Object[] l = last.get();
    if (l[0] != item) {
      l[1] = compute.apply(item);
      l[0] = item;
    }
    return (T) l[1];
  }
}
