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

  @Test
  void shouldPrintTheUsageAndExitWithTheUsageCodeWhenNoCommandIsGiven() {
    java.io.StringWriter err = new java.io.StringWriter();
    CommandLine cli = new CommandLine(new Main());
    cli.setErr(new java.io.PrintWriter(err));

    int code = cli.execute();

    assertThat(code).isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(err.toString()).contains("Usage: wirewatch", "Exit codes:");
  }

  @Test
  void shouldNameEachProcesssLogFileByCommandAndPid() {
    assertThat(Main.logName(new String[] {"run", "--config", "x"}, 4242)).isEqualTo("wirewatch-run-4242");
    assertThat(Main.logName(new String[] {"ingest", "a"}, 7)).isNotEqualTo(Main.logName(new String[] {"ingest", "a"}, 8));
    assertThat(Main.logName(new String[] {}, 7)).isEqualTo("wirewatch-cli-7");
  }
}
