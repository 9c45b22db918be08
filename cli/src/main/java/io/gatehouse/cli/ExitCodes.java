package io.gatehouse.cli;

/** The exit statuses of the {@code gatehouse} commands. */
final class ExitCodes {
  /** Success: allowed, valid, all cases passed. */
  static final int OK = 0;
  /** A deny, an invalid document, a failed case. */
  static final int FAILED = 1;
  /** The command could not run: bad options, unreadable or invalid input. */
  static final int BAD_INPUT = 2;

  private ExitCodes() {}
}
