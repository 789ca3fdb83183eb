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
    footer = {"", "Exit codes: 0 ok, 1 failure, 2 bad usage or configuration (also: no command given),",
        "  3 replay incomplete, 4 Kafka unreachable (the message names the bootstrap servers).",
        "Run 'wirewatch help COMMAND' for a command's options."})
public final class Main implements java.util.concurrent.Callable<Integer> {
  /** Exit code: a replay ended with files that got no decision. */
  public static final int EXIT_INCOMPLETE = 3;
  /** Exit code: the configured Kafka cluster could not be reached. */
  public static final int EXIT_KAFKA_UNREACHABLE = 4;
  /** Lucene reports through java.util.logging that the incubating Vector API is off; that is expected. */
  private static final java.util.logging.Logger LUCENE_VECTOR_LOG =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.setProperty(LOG_NAME_PROPERTY, logName(args, ProcessHandle.current().pid()));
    LUCENE_VECTOR_LOG.setLevel(java.util.logging.Level.SEVERE);
    System.exit(execute(args));
  }

  /** The system property logback.xml names the log file by (set before logging starts). */
  static final String LOG_NAME_PROPERTY = "wirewatch.log.name";

  /**
   * The log file name of this process, "wirewatch-COMMAND-PID", so two processes never write (or
   * overwrite) the same file.
   */
  static String logName(String[] args, long pid) {
    String command = args.length > 0 && args[0].matches("[a-z][a-z-]{0,20}") ? args[0] : "cli";
    return "wirewatch-" + command + "-" + pid;
  }

  /** Runs the command line and returns the exit code (tests call this). */
  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
      if (e instanceof BrokerCheck.Unreachable) {
        cmd.getErr().println("wirewatch: " + e.getMessage());
        return EXIT_KAFKA_UNREACHABLE;
      }
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

  /** No command: the usage goes to stderr and the exit code says "bad usage". */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return CommandLine.ExitCode.USAGE;
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
