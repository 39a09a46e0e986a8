package dev.entente.cli.commands;

import dev.entente.cli.CliContext;
import dev.entente.cli.EntenteCommand;
import dev.entente.cli.OutputOptions;
import dev.entente.cli.output.Table;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** What every command has: the shared context and the output options. Subclasses build a result and write it. */
abstract class BaseCommand implements Callable<Integer> {

  @ParentCommand EntenteCommand root;

  @Mixin OutputOptions output;

  CliContext ctx() {
    return root.context();
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
