package io.wirewatch.app;

import java.io.PrintStream;

/**
 * A one-line progress bar on stderr for long work. Redraws in place on a terminal; elsewhere (CI, pipes)
 * prints a line at every tenth of the way so logs stay readable.
 */
final class ConsoleProgress {
  private static final int WIDTH = 30;

  private final PrintStream out;
  private final String label;
  private final int total;
  private final boolean terminal;
  private final long startNanos = System.nanoTime();
  private int lastDecile = -1;
  private int lastPrinted = -1;

  ConsoleProgress(PrintStream out, String label, int total, boolean terminal) {
    this.out = out;
    this.label = label;
    this.total = Math.max(total, 1);
    this.terminal = terminal;
  }

  static ConsoleProgress onStderr(String label, int total) {
    return new ConsoleProgress(System.err, label, total, System.console() != null);
  }

  /** Shows {@code done} of the total, with a short note such as "3 rejected". */
  synchronized void update(int done, String note) {
    int decile = Math.min(10, done * 10 / total);
    if (terminal) {
      out.print("\r" + line(done, note));
      out.flush();
    } else if (decile != lastDecile) {
      out.println(line(done, note));
      lastPrinted = done;
    }
    lastDecile = decile;
  }

  synchronized void finish(int done, String note) {
    if (terminal) {
      out.println("\r" + line(done, note));
    } else if (lastPrinted != done) {
      out.println(line(done, note));
    }
  }

  String line(int done, String note) {
    int filled = Math.min(WIDTH, done * WIDTH / total);
    String bar = "=".repeat(filled) + (filled < WIDTH ? ">" + " ".repeat(WIDTH - filled - 1) : "");
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    return String.format("%s [%s] %d/%d %s %.1f s", label, bar, done, total, note == null ? "" : note, seconds);
  }
}
