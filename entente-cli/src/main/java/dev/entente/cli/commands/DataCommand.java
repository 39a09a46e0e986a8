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
    subcommands = {DataCommand.ListCommand.class})
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
      t.note("Import with: entente import NAME PATH (a file, or a directory holding the dataset's files).");
      write(t.build());
    }
  }
}
