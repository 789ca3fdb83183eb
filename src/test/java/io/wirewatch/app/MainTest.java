package io.wirewatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MainTest {

  @Test
  void shouldListEveryCommandInTheHelp() {
    String usage = new CommandLine(new Main()).getUsageMessage();

    assertThat(usage).contains("demo", "run", "ingest", "replay");
  }

  @Test
  void shouldExitWithTheUsageCodeOnAnUnknownCommandOrMissingOption() {
    assertThat(Main.execute("frobnicate")).isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(Main.execute("replay", ".")).isEqualTo(CommandLine.ExitCode.USAGE);
  }

  @Test
  void shouldExitWithTheUsageCodeWhenTheConfigFileIsMissing() {
    assertThat(Main.execute("run", "--config", "/no/such/wirewatch.properties"))
        .isEqualTo(CommandLine.ExitCode.USAGE);
  }

  @Test
  void shouldExitWithTheUsageCodeWhenTheReplayFolderIsMissing() {
    assertThat(Main.execute("replay", "/no/such/folder", "--out", "x.jsonl"))
        .isEqualTo(CommandLine.ExitCode.USAGE);
  }
}
