package io.wirewatch.channels;

import io.wirewatch.model.UndeliveredAlert;
import java.util.List;

/**
 * Remembers what each channel did with each alert id (so a restart does not deliver twice) and keeps the
 * alerts a channel gave up on. Implementations must be safe for concurrent use by channel workers.
 */
public interface DeliveryLog {

  /** True when {@code channel} already delivered or dead-lettered {@code alertId}. */
  boolean settled(String channel, String alertId);

  /** Records that {@code alertIds} went out on {@code channel} in delivery {@code deliveryId}; durable on return. */
  void delivered(String channel, String deliveryId, List<String> alertIds);

  /** Dead-letters the given alerts and records them as settled; durable on return. */
  void undelivered(List<UndeliveredAlert> alerts);
}
