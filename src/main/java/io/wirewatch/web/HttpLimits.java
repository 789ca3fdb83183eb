package io.wirewatch.web;

import io.javalin.config.JavalinConfig;
import java.time.Duration;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.handler.MinimumDataRateHandler;

/**
 * What one client may hold of the HTTP port: a request body must arrive at {@code minReadBytesPerSecond}
 * or faster (a slow-body POST trickling a byte a second is failed after its first bytes instead of holding a
 * worker thread for hours), a silent connection is closed after {@code idleTimeout}, and at most
 * {@code maxConnections} are open at once (more wait in the accept queue).
 */
public record HttpLimits(long minReadBytesPerSecond, Duration idleTimeout, int maxConnections) {
  /** 4 KiB/s (a 1 MiB item in at most 4 minutes), 20 s of silence, 200 connections. */
  public static final HttpLimits DEFAULTS = new HttpLimits(4096, Duration.ofSeconds(20), 200);

  public HttpLimits {
    if (minReadBytesPerSecond <= 0 || idleTimeout.isNegative() || idleTimeout.isZero() || maxConnections <= 0) {
      throw new IllegalArgumentException("HTTP limits must be positive");
    }
  }

  void applyTo(JavalinConfig config) {
    config.jetty.modifyServer(server -> {
      server.setHandler(new MinimumDataRateHandler(server.getHandler(), minReadBytesPerSecond, 0));
      server.addBean(new NetworkConnectionLimit(maxConnections, server));
    });
    config.jetty.modifyHttpConfiguration(http -> http.setIdleTimeout(idleTimeout.toMillis()));
  }
}
