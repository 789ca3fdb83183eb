package io.wirewatch.channels;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local HTTP server standing in for Slack, Teams and webhook receivers: it records every request and
 * answers from a script per path (the last answer repeats; the default is 200 "ok").
 */
public final class FakeEndpoint implements AutoCloseable {
  /** One request as received, with the status it was answered with. */
  public record Request(String path, Map<String, List<String>> headers, byte[] body, Instant at, int status) {
    public String header(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0)).findFirst().orElse(null);
    }

    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /** A scripted answer. */
  public record Answer(int status, String body, Map<String, String> headers) {
    public static Answer of(int status) {
      return new Answer(status, status < 300 ? "ok" : "error " + status, Map.of());
    }
  }

  private final HttpServer server;
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final Map<String, Deque<Answer>> scripts = new ConcurrentHashMap<>();

  public FakeEndpoint() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** Answers for {@code path}, in order; the last one repeats. */
  public void script(String path, Answer... answers) {
    scripts.put(path, new ArrayDeque<>(List.of(answers)));
  }

  public List<Request> requests(String path) {
    return requests.stream().filter(r -> r.path().equals(path)).toList();
  }

  private void handle(HttpExchange ex) throws IOException {
    byte[] body = ex.getRequestBody().readAllBytes();
    String path = ex.getRequestURI().getPath();
    Instant at = Instant.now();
    Deque<Answer> script = scripts.get(path);
    Answer answer;
    synchronized (this) {
      answer = script == null || script.isEmpty() ? Answer.of(200)
          : script.size() > 1 ? script.poll() : script.peek();
    }
    requests.add(new Request(path, Map.copyOf(ex.getRequestHeaders()), body, at, answer.status()));
    answer.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
    byte[] out = answer.body().getBytes(StandardCharsets.UTF_8);
    ex.sendResponseHeaders(answer.status(), out.length);
    try (OutputStream os = ex.getResponseBody()) {
      os.write(out);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
