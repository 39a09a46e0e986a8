package dev.entente.cli;

/** The {@code entente} program: runs the command line and exits with its code. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    // System.exit also ends any non-daemon thread a library may have started (see STACK.md on Javalin).
    System.exit(EntenteCommand.run(args, System.out, System.err));
  }
}
