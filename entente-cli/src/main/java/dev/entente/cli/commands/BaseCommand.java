package dev.entente.cli.commands;

import dev.entente.cli.CliContext;
import dev.entente.cli.OutputOptions;
import dev.entente.cli.output.Table;
import picocli.CommandLine.Mixin;

/** What every command has: the shared context and the output options. Subclasses build a result and write it. */
abstract class BaseCommand extends ContextCommand {

  @Mixin OutputOptions output;

  CliContext ctx() {
    return context;
  }

  void write(Table table) {
    output.write(table, ctx());
  }

  @Override
  public final Integer call() {
    execute();
    return 0;
  }

  abstract void execute();
}
