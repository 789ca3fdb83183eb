package io.wirewatch.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code wirewatch} command line. */
@Command(
    name = "wirewatch",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Real-time news wire-feed monitor on Apache Kafka: parses agency copy, merges it into "
        + "stories and raises alerts.",
    subcommands = {DemoCommand.class, RunCommand.class, IngestCommand.class, WatchCommand.class, PollCommand.class,
        ReplayCommand.class, ExtractCommand.class, BenchCommand.class,
        CommandLine.HelpCommand.class},
    footer = {"", "Exit codes: 0 ok, 1 failure, 2 bad usage or configuration, 3 replay incomplete.",
        "Run 'wirewatch help COMMAND' for a command's options."})
public final class Main implements Runnable {
  /** Exit code: a replay ended with files that got no decision. */
  public static final int EXIT_INCOMPLETE = 3;
  /** Lucene reports through java.util.logging that the incubating Vector API is off; that is expected. */
  private static final java.util.logging.Logger LUCENE_VECTOR_LOG =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    LUCENE_VECTOR_LOG.setLevel(java.util.logging.Level.SEVERE);
    System.exit(execute(args));
  }

  /** Runs the command line and returns the exit code (tests call this). */
  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
      if (e instanceof IllegalArgumentException) {
        cmd.getErr().println("wirewatch: " + e.getMessage());
        return CommandLine.ExitCode.USAGE;
      }
      cmd.getErr().println("wirewatch: " + e.getMessage());
      org.slf4j.LoggerFactory.getLogger(Main.class).debug("command failed", e);
      return CommandLine.ExitCode.SOFTWARE;
    });
    return cli.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Reads the version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"wirewatch " + (v == null ? "development build" : v)};
    }
  }
}
