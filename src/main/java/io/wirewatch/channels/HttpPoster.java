package io.wirewatch.channels;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * POSTs JSON with the JDK HTTP client and classifies the answer: 2xx sent; 5xx, 408, 429 and I/O errors or
 * timeouts retried (429 and 503 with their Retry-After); any other status failed for good. Reasons never
 * contain the URL, which may hold a secret token.
 */
public final class HttpPoster {
  private final HttpClient client;
  private final Clock clock;

  public HttpPoster(HttpClient client, Clock clock) {
    this.client = client;
    this.clock = clock;
  }

  /** A client that does not follow redirects (a webhook URL that moves is a configuration error). */
  public static HttpClient defaultClient() {
    return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
        .followRedirects(HttpClient.Redirect.NEVER).build();
  }

  public SendResult post(URI uri, byte[] body, Map<String, String> headers, Duration timeout)
      throws InterruptedException {
    HttpRequest.Builder req = HttpRequest.newBuilder(uri).timeout(timeout)
        .header("Content-Type", "application/json; charset=utf-8")
        .header("User-Agent", "wirewatch")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(req::header);
    try {
      HttpResponse<String> resp = client.send(req.build(), HttpResponse.BodyHandlers.ofString());
      return classify(resp.statusCode(), resp.body(), resp.headers().firstValue("Retry-After"), clock.instant());
    } catch (HttpTimeoutException e) {
      return SendResult.retry("timeout after " + timeout.toMillis() + " ms");
    } catch (IOException e) {
      return SendResult.retry("I/O error: " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + Escape.singleLine(e.getMessage())));
    }
  }

  /** What a response means for delivery. */
  public static SendResult classify(int status, String body, Optional<String> retryAfter, Instant now) {
    String reason = "HTTP " + status + snippet(body);
    if (status >= 200 && status < 300) {
      return SendResult.sent("HTTP " + status);
    }
    if (status >= 500 || status == 408 || status == 429) {
      return new SendResult.Retry(reason, retryAfter.map(h -> retryAfter(h, now)).orElse(null));
    }
    return SendResult.fail(reason);
  }

  /** A Retry-After header (delta-seconds or an HTTP date) as a wait from {@code now}; null when unreadable. */
  public static Duration retryAfter(String header, Instant now) {
    String h = header.trim();
    try {
      long seconds = Long.parseLong(h);
      return seconds < 0 ? null : Duration.ofSeconds(seconds);
    } catch (NumberFormatException e) {
      try {
        Instant at = ZonedDateTime.parse(h, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }

  private static String snippet(String body) {
    if (body == null || body.isBlank()) {
      return "";
    }
    return ": " + Escape.truncate(Escape.singleLine(body), 200);
  }
}
