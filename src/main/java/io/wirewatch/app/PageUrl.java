package io.wirewatch.app;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The newsroom page's address as the commands print it: the HTTP base, with {@code ?token=} when one is set. */
final class PageUrl {
  private PageUrl() {}

  static String of(String base, String token) {
    String root = base.endsWith("/") ? base : base + "/";
    return token == null || token.isBlank() ? root
        : root + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
  }

  static String of(AppConfig cfg, int port) {
    return of("http://" + cfg.http().host() + ":" + port + "/", cfg.http().token());
  }
}
