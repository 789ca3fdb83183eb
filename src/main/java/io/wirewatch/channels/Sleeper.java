package io.wirewatch.channels;

import java.time.Duration;

/** Waits between attempts; tests pass one that only records (and advances a fake clock). */
@FunctionalInterface
public interface Sleeper {
  Sleeper REAL = d -> Thread.sleep(d.toMillis());

  void sleep(Duration duration) throws InterruptedException;
}
