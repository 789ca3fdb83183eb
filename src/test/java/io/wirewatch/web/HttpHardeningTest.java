package io.wirewatch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Cross-site posts, DNS rebinding and slow bodies against the real HTTP port (raw sockets, any header). */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HttpHardeningTest {
  private HttpServer server;

  @BeforeEach
  void start() {
    HttpRoutes sink = config -> config.routes.post("/ingest", ctx -> {
      ctx.bodyAsBytes();
      ctx.status(202).result("accepted");
    });
    server = HttpServer.start(new HttpServer.Settings("127.0.0.1", 0, ""),
        List.of(sink, new HealthRoutes(() -> new Readiness("RUNNING", List.of()))));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private String self() {
    return "127.0.0.1:" + server.port();
  }

  private String exchange(String request) throws IOException {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      s.setSoTimeout(30_000);
      s.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
      s.getOutputStream().flush();
      return statusLine(s.getInputStream());
    }
  }

  private static String statusLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int c;
    while ((c = in.read()) >= 0 && c != '\n') {
      line.write(c);
    }
    return line.toString(StandardCharsets.UTF_8).strip();
  }

  private static String post(String host, String origin, String body) {
    return "POST /ingest HTTP/1.1\r\nHost: " + host + "\r\n" + (origin == null ? "" : "Origin: " + origin + "\r\n")
        + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length()
        + "\r\nConnection: close\r\n\r\n" + body;
  }

  @Test
  void shouldRefuseACrossSiteFormPostButAcceptSameOriginAndScriptPosts() throws IOException {
    assertThat(exchange(post(self(), "https://attacker.example", "a=1"))).contains(" 403 ");
    assertThat(exchange(post(self(), "null", "a=1"))).contains(" 403 ");
    assertThat(exchange(post(self(), "http://" + self(), "a=1"))).contains(" 202 ");
    assertThat(exchange(post(self(), null, "a=1"))).contains(" 202 ");
  }

  @Test
  void shouldRefuseARequestForAnotherHostOnALoopbackPort() throws IOException {
    // given: a page on attacker.example whose name now resolves to 127.0.0.1 (DNS rebinding)
    String rebound = "attacker.example:" + server.port();

    // then: neither reading nor writing reaches the routes; health probes still answer
    assertThat(exchange(post(rebound, null, "a=1"))).contains(" 403 ");
    assertThat(exchange("GET /ingest HTTP/1.1\r\nHost: " + rebound + "\r\nConnection: close\r\n\r\n")).contains(" 403 ");
    assertThat(exchange("GET /health/live HTTP/1.1\r\nHost: " + rebound + "\r\nConnection: close\r\n\r\n"))
        .contains(" 200 ");
    assertThat(exchange(post("localhost:" + server.port(), null, "a=1"))).contains(" 202 ");
  }

  @Test
  void shouldCutOffABodyTrickledAByteASecondAndStayAvailable() throws Exception {
    // given: a client that declares 1,000 bytes and sends one a second
    try (Socket slow = new Socket("127.0.0.1", server.port())) {
      slow.setSoTimeout(1_000);
      OutputStream out = slow.getOutputStream();
      out.write(("POST /ingest HTTP/1.1\r\nHost: " + self() + "\r\nContent-Length: 1000\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      // when: it trickles for at most 20 s
      String answer = null;
      for (int sent = 0; sent < 20 && answer == null; sent++) {
        try {
          out.write('x');
          out.flush();
        } catch (IOException closed) {
          answer = "closed";
          break;
        }
        try {
          String line = statusLine(slow.getInputStream());
          answer = line.isEmpty() ? "closed" : line;
        } catch (SocketTimeoutException stillWaiting) {
          // the server is still reading
        } catch (IOException reset) {
          answer = "closed";
        }
      }
      // then: the server gave up on it, and an ordinary request is served meanwhile
      assertThat(answer).as("the server was still waiting for the trickled body after 20 s").isNotNull()
          .doesNotContain(" 202 ");
    }
    CompletableFuture<String> ordinary = CompletableFuture.supplyAsync(() -> {
      try {
        return exchange(post(self(), null, "a=1"));
      } catch (IOException e) {
        return e.toString();
      }
    });
    assertThat(ordinary.get(30, TimeUnit.SECONDS)).contains(" 202 ");
  }

  @Test
  void shouldLogWhyItRefusesToBindBeyondLoopbackWithoutAToken() {
    Logger log = (Logger) LoggerFactory.getLogger(HttpServer.class);
    ListAppender<ILoggingEvent> seen = new ListAppender<>();
    seen.start();
    log.addAppender(seen);
    try {
      assertThatThrownBy(() -> new HttpServer.Settings("0.0.0.0", 0, ""))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http.token");
      assertThat(seen.list).extracting(ILoggingEvent::getFormattedMessage)
          .anySatisfy(m -> assertThat(m).contains("http.token").contains("0.0.0.0").contains("refusing"));
    } finally {
      log.detachAppender(seen);
    }
  }
}
