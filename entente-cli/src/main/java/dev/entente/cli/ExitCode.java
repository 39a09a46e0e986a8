package dev.entente.cli;

/** The exit codes of every command (DESIGN.md). */
public final class ExitCode {
  /** Success. */
  public static final int OK = 0;
  /** A user error: unknown actor, bad date, unreadable file, store locked. One line on stderr. */
  public static final int USER_ERROR = 1;
  /** A usage error: unknown option, missing argument. */
  public static final int USAGE = 2;
  /** An internal error (a bug): a short message, the stack trace only with --debug. */
  public static final int INTERNAL = 3;

  private ExitCode() {}
}
