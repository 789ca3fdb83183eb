package io.wirewatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.model.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
  @TempDir
  Path dir;

  @Test
  void writesOneLinePerCaseAndSkipsAMalformedLineWithItsNumber() throws Exception {
    Path cases = dir.resolve("cases.jsonl");
    Files.writeString(cases, String.join("\n",
        "{\"id\": \"a\", \"lang\": \"en\", \"headline\": \"Ferry sinks\", "
            + "\"text\": \"Twelve passengers were killed when the ferry sank, the coast guard said.\"}",
        "{\"id\": \"b\", \"lang\": \"en\", \"headline\": \"\", \"te",
        "{\"id\": \"c\", \"lang\": \"en\", \"headline\": \"Markets\", \"text\": \"Shares rose 3% on Monday.\"}",
        ""), StandardCharsets.UTF_8);
    Path out = dir.resolve("out.jsonl");

    int code = Main.execute("extract", cases.toString(), "--out", out.toString());

    assertThat(code).isEqualTo(1);
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(2);
    JsonNode a = Json.mapper().readTree(lines.get(0));
    assertThat(a.get("id").asText()).isEqualTo("a");
    assertThat(a.get("figures")).anySatisfy(f -> {
      assertThat(f.get("metric").asText()).isEqualTo("killed");
      assertThat(f.get("value").asLong()).isEqualTo(12);
    });
    assertThat(a.has("level")).isTrue();
    assertThat(a.has("domain")).isTrue();
    JsonNode c = Json.mapper().readTree(lines.get(1));
    assertThat(c.get("id").asText()).isEqualTo("c");
    assertThat(c.get("figures")).isEmpty();
  }

  @Test
  void aMissingFileIsAUsageError() {
    assertThat(Main.execute("extract", dir.resolve("none.jsonl").toString(), "--out",
        dir.resolve("o.jsonl").toString())).isEqualTo(2);
  }
}
