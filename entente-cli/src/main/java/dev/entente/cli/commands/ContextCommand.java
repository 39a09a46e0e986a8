package dev.entente.cli.commands;

import dev.entente.cli.CliContext;
import dev.entente.cli.ContextAware;
import dev.entente.error.UserInputException;
import java.util.concurrent.Callable;

/** A command that receives the invocation's context from the command factory. */
abstract class ContextCommand implements Callable<Integer>, ContextAware {

  /** The invocation's context, set by the factory before the command runs. */
  protected CliContext context;

  @Override
  public void context(CliContext context) {
    this.context = context;
  }

  /** Parses {@code --years A-B} (four-digit years). */
  static int[] years(String text) {
    if (!text.matches("\\d{4}-\\d{4}")) {
      throw new UserInputException("--years '" + text + "' is not a range of years (expected e.g. 1816-2018)");
    }
    return new int[] {Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(5))};
  }
}
