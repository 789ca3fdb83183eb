package io.wirewatch.channels.email;

import io.wirewatch.channels.Secret;
import io.wirewatch.channels.Settings;
import java.util.List;

/**
 * An e-mail channel's SMTP settings: {@code host}, {@code port} (587), {@code username} and {@code password}
 * (a secret, {@code ${SMTP_PASSWORD}}; both optional), {@code from}, {@code to} (one address or a list),
 * {@code starttls} (true), {@code ssl} (false, for port 465) and {@code subjectPrefix} ("[wirewatch]").
 */
public record EmailConfig(String host, int port, String username, Secret password, String from, List<String> to,
    boolean starttls, boolean ssl, String subjectPrefix) {

  public EmailConfig {
    to = List.copyOf(to);
  }

  public static EmailConfig from(Settings s) {
    List<String> to = s.list("to");
    if (to.isEmpty()) {
      throw new IllegalArgumentException(s.key("to") + ": required");
    }
    int port = s.integer("port", 587);
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException(s.key("port") + ": expected a port 1-65535, got " + port);
    }
    String password = s.string("password", null);
    return new EmailConfig(s.required("host"), port, s.string("username", ""),
        password == null || password.isEmpty() ? null : new Secret(password), s.required("from"), to,
        s.bool("starttls", true), s.bool("ssl", false), s.string("subjectPrefix", "[wirewatch]"));
  }
}
