package dev.entente.cli.commands;

import dev.entente.cli.CliContext;
import dev.entente.cli.output.Table;
import dev.entente.io.events.EventImportReport;
import dev.entente.io.events.EventInput;
import dev.entente.io.gdelt.GdeltFiles;
import dev.entente.io.icews.IcewsFiles;
import dev.entente.store.duckdb.DuckDbStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** {@code entente import gdelt|icews PATH...}: event files, bulk-loaded into the {@code events} table. */
final class EventsImport {

  private EventsImport() {}

  static boolean handles(String name) {
    return name.equals("gdelt") || name.equals("icews");
  }

  static Table run(CliContext c, String name, List<Path> paths) {
    List<EventInput> inputs = name.equals("gdelt") ? GdeltFiles.find(paths) : IcewsFiles.find(paths);
    c.err().println("entente: importing " + inputs.size() + " " + name + " file" + (inputs.size() == 1 ? "" : "s") + "...");
    c.err().flush();
    EventImportReport report;
    try (DuckDbStore store = c.writableStore()) {
      report = store.importEvents(inputs);
    }
    Table.Builder t = Table.of("dataset", "layout", "file", "rows_read", "rows_loaded", "duplicates", "sha256");
    long skipped = 0;
    for (EventImportReport.FileResult f : report.files()) {
      t.row(f.dataset(), f.layout(), Path.of(f.file()).getFileName().toString(),
          f.alreadyImported() ? "already imported" : f.rowsRead(), f.rowsLoaded(), f.duplicates(), f.sha256().substring(0, 16));
      skipped += f.alreadyImported() ? 1 : 0;
    }
    t.note(String.format(Locale.ROOT, "Imported %,d events (%,d duplicates dropped%s) in %.1f s into %s.",
        report.rowsLoaded(), report.duplicates(),
        skipped > 0 ? ", " + skipped + " file" + (skipped == 1 ? "" : "s") + " already imported and skipped" : "",
        report.seconds(), c.dbPath()));
    return t.build();
  }
}
