package dev.entente.cli;

/** A command that needs the invocation's {@link CliContext}; the command factory hands it over. */
public interface ContextAware {

  /** Called once, right after the command object is created. */
  void context(CliContext context);
}
