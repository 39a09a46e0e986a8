package dev.entente.cli.commands;

import dev.entente.cli.CliContext;
import dev.entente.cli.output.Table;
import dev.entente.error.UserInputException;
import dev.entente.io.DatasetImporter;
import dev.entente.io.ImportOptions;
import dev.entente.io.ImportReport;
import dev.entente.io.Importers;
import dev.entente.store.duckdb.DuckDbStore;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code entente import NAME PATH [--lenient]}. */
@Command(
    name = "import",
    description = {
      "Import a research dataset (a file, or a directory holding its files) into the store, in one transaction.",
      "Strict by default: the first bad row stops the import and the store is left as it was.",
      "Re-importing a version replaces it; another version is kept beside it."
    })
public final class ImportCommand extends BaseCommand {

  @Parameters(index = "0", paramLabel = "NAME", description = "The dataset: see 'entente data list'.")
  String name;

  @Parameters(index = "1..*", arity = "1..*", paramLabel = "PATH",
      description = "A file of the dataset, or a directory holding its files (gdelt, icews: several files or directories).")
  List<Path> paths;

  @Option(names = "--lenient", description = "Load the good rows and list the bad ones in 'entente rejects'.")
  boolean lenient;

  @Override
  void execute() {
    CliContext c = ctx();
    if (EventsImport.handles(name)) {
      write(EventsImport.run(c, name, paths));
      return;
    }
    if (paths.size() > 1) {
      throw new UserInputException("'entente import " + name + "' reads one file or directory, not " + paths.size());
    }
    Path path = paths.get(0);
    Importers importers = Importers.defaults(c.cowCodes());
    DatasetImporter importer = importers.named(name).orElseThrow(() -> new UserInputException(
        "unknown dataset '" + name + "' (known: "
            + importers.all().stream().map(DatasetImporter::name).collect(Collectors.joining(", ")) + ", gdelt, icews)"));
    c.err().println("entente: importing " + name + " from " + path + (lenient ? " (lenient)" : "") + "...");
    c.err().flush();
    long started = System.nanoTime();
    List<ImportReport> reports;
    try (DuckDbStore store = c.writableStore()) {
      reports = store.importDataset(importer, path, lenient ? ImportOptions.lenientMode() : ImportOptions.strict());
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    Table.Builder t = Table.of("dataset", "variant", "version", "table", "file", "rows_read", "rows_loaded",
        "rows_rejected", "sha256");
    long rejected = 0;
    for (ImportReport r : reports) {
      for (ImportReport.FileReport f : r.files()) {
        t.row(r.dataset(), r.variant(), f.version(), f.table(), Path.of(f.file()).getFileName().toString(),
            f.rowsRead(), f.rowsLoaded(), f.rowsRejected(), f.sha256().substring(0, 16));
        rejected += f.rowsRejected();
      }
    }
    t.note(String.format(java.util.Locale.ROOT, "Imported in %.1f s into %s.%s", seconds, c.dbPath(),
        rejected > 0 ? " " + rejected + " rows rejected: see 'entente rejects --dataset " + name + "'." : ""));
    write(t.build());
  }
}
