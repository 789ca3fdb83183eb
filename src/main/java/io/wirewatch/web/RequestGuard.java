package io.wirewatch.web;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses requests a browser was tricked into sending. A state-changing request (anything but GET, HEAD
 * and OPTIONS) from another origin is refused: a cross-site form POST to {@code /ingest} carries the
 * attacker's {@code Origin} (or {@code Sec-Fetch-Site: cross-site}). When the port is bound to loopback, a
 * request whose {@code Host} is not a loopback name is refused on every route but health: that is DNS
 * rebinding (an attacker's name resolved to 127.0.0.1). Bound anywhere else a token is required, which a
 * rebinding page does not have. Requests without {@code Origin} (curl, agency scripts) are not affected.
 */
final class RequestGuard {
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
  private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

  private final boolean loopback;

  RequestGuard(String bindHost) {
    this.loopback = isLoopback(bindHost);
  }

  void check(Context ctx) {
    String host = ctx.header("Host");
    if (loopback && !isPublic(ctx.path()) && !isLoopbackHost(host)) {
      throw new ForbiddenResponse("Host " + host + " is not this server (bound to loopback)");
    }
    if (!SAFE_METHODS.contains(ctx.method().name()) && isCrossSite(ctx.header("Origin"),
        ctx.header("Sec-Fetch-Site"), host)) {
      throw new ForbiddenResponse("cross-origin requests may not change state");
    }
  }

  /** Health probes and the page's static assets (which hold no data) need no token. */
  static boolean isPublic(String path) {
    return path.startsWith("/health") || PageRoutes.isPage(path);
  }

  /** Whether a bind address is a loopback one (then no token is required, and Host is checked instead). */
  static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  static boolean isLoopbackHost(String hostHeader) {
    if (hostHeader == null || hostHeader.isBlank()) {
      return false;
    }
    String h = hostHeader.strip().toLowerCase(Locale.ROOT);
    String name = h.startsWith("[") ? h.substring(0, h.indexOf(']') + 1)
        : h.indexOf(':') >= 0 && h.indexOf(':') == h.lastIndexOf(':') ? h.substring(0, h.indexOf(':')) : h;
    return LOOPBACK_NAMES.contains(name) || name.matches("127(?:\\.\\d{1,3}){3}");
  }

  static boolean isCrossSite(String origin, String fetchSite, String hostHeader) {
    if ("cross-site".equalsIgnoreCase(fetchSite) || "same-site".equalsIgnoreCase(fetchSite)) {
      return true;
    }
    if (origin == null || origin.isBlank()) {
      return false;
    }
    try {
      URI o = URI.create(origin.strip());
      if (o.getHost() == null || hostHeader == null) {
        return true;
      }
      int port = o.getPort() >= 0 ? o.getPort() : "https".equalsIgnoreCase(o.getScheme()) ? 443 : 80;
      String self = hostHeader.strip().toLowerCase(Locale.ROOT);
      String originHost = o.getHost().toLowerCase(Locale.ROOT);
      return !(self.equals(originHost + ":" + port) || (port == 80 || port == 443) && self.equals(originHost));
    } catch (IllegalArgumentException e) {
      return true;
    }
  }
}
