package dev.entente.cli.commands;

import dev.entente.cli.CliContext;
import dev.entente.error.UserInputException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code entente export --format csv|json|parquet --out DIR}. */
@Command(
    name = "export",
    description = "Write every table of the store to DIR as TABLE.csv, TABLE.json or TABLE.parquet.")
public final class ExportCommand extends ContextCommand {

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
      description = "csv, json or parquet. Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "The directory to write into.")
  Path out;

  @Override
  public Integer call() {
    CliContext c = context;
    if (!List.of("csv", "json", "parquet").contains(format)) {
      throw new UserInputException("--format " + format + " is not an export format (allowed: csv, json, parquet)");
    }
    List<Path> files = c.store().export(out, format);
    c.out().println("Wrote " + files.size() + " tables to " + out.toAbsolutePath() + " (" + format + ").");
    c.out().flush();
    return 0;
  }
}
