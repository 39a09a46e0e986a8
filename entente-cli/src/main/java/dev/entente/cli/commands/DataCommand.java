package dev.entente.cli.commands;

import dev.entente.cli.CliContext;
import dev.entente.cli.output.Table;
import dev.entente.io.DatasetImporter;
import dev.entente.io.Importers;
import dev.entente.store.QueryResult;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code entente data list}. */
@Command(name = "data", description = "The research datasets entente reads and what is imported.",
    subcommands = {DataCommand.ListCommand.class, DataCommand.FetchCommand.class})
public final class DataCommand {

  /** {@code entente data list}. */
  @Command(name = "list", description = "Every dataset entente can import, and the versions imported in the store.")
  public static final class ListCommand extends BaseCommand {

    @Override
    void execute() {
      CliContext c = ctx();
      Table.Builder t = Table.of("dataset", "variant", "version", "table", "rows", "imported_at", "description");
      for (DatasetImporter i : Importers.defaults(c.cowCodes()).all()) {
        QueryResult q = c.store().query(
            "SELECT dataset_variant, dataset_version, tbl, sum(rows_loaded), CAST(max(imported_at) AS VARCHAR)"
                + " FROM imports WHERE dataset = '" + i.name() + "' GROUP BY ALL ORDER BY ALL");
        if (q.rows().isEmpty()) {
          t.row(i.name(), null, null, null, null, "not imported", i.description());
        }
        for (List<Object> r : q.rows()) {
          t.row(i.name(), r.get(0), r.get(1), r.get(2), ((Number) r.get(3)).longValue(), r.get(4), i.description());
        }
      }
      eventRows(c, t);
      t.note("Import with: entente import NAME PATH (a file, or a directory holding the dataset's files),"
          + " or download and import with: entente data fetch NAME [--url URL]. Event data: entente import gdelt|icews"
          + " FILES|DIR; 'entente events list' shows each event file.");
      write(t.build());
    }
  }

  /** The event imports (table {@code events}): one row per event dataset, its layouts, files and rows. */
  private static final List<List<String>> EVENT_DATASETS = List.of(
      List.of("gdelt", "gdelt1", "GDELT 1.0 event exports (backfile, daily, re-exports)"),
      List.of("gdelt", "gdelt2", "GDELT 2.0 15-minute event exports"),
      List.of("icews", "icews", "ICEWS coded event data (Dataverse files)"));

  static void eventRows(CliContext c, Table.Builder t) {
    for (List<String> d : EVENT_DATASETS) {
      QueryResult q = c.store().query("SELECT string_agg(DISTINCT layout, ' ' ORDER BY layout), count(*),"
          + " sum(rows_loaded), CAST(max(imported_at) AS VARCHAR) FROM event_files WHERE dataset = '" + d.get(1) + "'");
      List<Object> r = q.rows().get(0);
      long files = ((Number) r.get(1)).longValue();
      if (files == 0) {
        t.row(d.get(0), d.get(1), null, "events", null, "not imported", d.get(2));
      } else {
        t.row(d.get(0), d.get(1), r.get(0), "events", ((Number) r.get(2)).longValue(), r.get(3),
            d.get(2) + "; " + files + (files == 1 ? " file" : " files"));
      }
    }
  }

  /** {@code entente data fetch NAME [--url URL ...] [--sha256 HEX ...]}. */
  @Command(name = "fetch", description = {
      "Download a dataset from its publisher, verify it (length, SHA-256 where known, a strict parse) and import it.",
      "Addresses: built in, overridden in sources.properties beside the store, or given with --url."})
  public static final class FetchCommand extends BaseCommand {

    @picocli.CommandLine.Parameters(paramLabel = "NAME", description = "The dataset: see 'entente data list'.")
    String name;

    @picocli.CommandLine.Option(names = "--url", paramLabel = "URL", arity = "1..*",
        description = "Download from these addresses instead (all files of the dataset).")
    List<String> urls;

    @picocli.CommandLine.Option(names = "--sha256", paramLabel = "HEX", arity = "1..*",
        description = "The expected SHA-256 of each --url file, in the same order.")
    List<String> sha256;

    @Override
    void execute() {
      CliContext c = ctx();
      Importers importers = Importers.defaults(c.cowCodes());
      DatasetImporter importer = importers.named(name).orElseThrow(() -> new dev.entente.error.UserInputException(
          "unknown dataset '" + name + "' (see 'entente data list')"));
      java.nio.file.Path home = c.dbPath().toAbsolutePath().getParent();
      dev.entente.io.fetch.DatasetSource source = urls != null
          ? dev.entente.io.fetch.DatasetSources.source(name, urls.toArray(String[]::new),
              sha256 == null ? new String[0] : sha256.toArray(String[]::new), "--url")
          : dev.entente.io.fetch.DatasetSources.load(home).of(name).orElseThrow(() ->
              new dev.entente.error.UserInputException("no download address is known for " + name
                  + ": give one with --url, or add '" + name + ".url = ...' to " + home.resolve("sources.properties")));
      java.nio.file.Path dir = home.resolve("downloads").resolve(name);
      java.io.PrintWriter err = c.err();
      new dev.entente.io.fetch.Fetcher(p -> {
        err.printf(java.util.Locale.ROOT, "\rentente: %s %,d%s bytes", p.file(), p.received(),
            p.total() < 0 ? "" : String.format(java.util.Locale.ROOT, " of %,d (%d%%)", p.total(),
                p.total() == 0 ? 100 : p.received() * 100 / p.total()));
        err.flush();
      }).fetch(source, dir);
      err.println();
      err.println("entente: downloaded to " + dir + "; importing (strict)...");
      err.flush();
      List<dev.entente.io.ImportReport> reports;
      try (dev.entente.store.duckdb.DuckDbStore store = c.writableStore()) {
        reports = store.importDataset(importer, dir, dev.entente.io.ImportOptions.strict());
      }
      Table.Builder t = Table.of("dataset", "variant", "version", "table", "rows_loaded", "sha256");
      for (dev.entente.io.ImportReport r : reports) {
        for (dev.entente.io.ImportReport.FileReport f : r.files()) {
          t.row(r.dataset(), r.variant(), f.version(), f.table(), f.rowsLoaded(), f.sha256());
        }
      }
      t.note("Fetched from " + source.files().stream().map(f -> f.url().toString())
          .collect(java.util.stream.Collectors.joining(" ")) + ".");
      write(t.build());
    }
  }
}
