package dev.entente.cli.commands;

import dev.entente.cli.CliContext;
import dev.entente.cli.output.Format;
import dev.entente.cli.output.Table;
import dev.entente.domain.Commitment;
import dev.entente.domain.Source;
import dev.entente.error.UserInputException;
import dev.entente.io.Citations;
import dev.entente.store.QueryResult;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code entente cite [ID...]}. */
@Command(
    name = "cite",
    description = {
      "How to cite the data: without arguments, the datasets in the store with their versions;",
      "with commitment ids, the sources of those records."
    })
public final class CiteCommand extends BaseCommand {

  @Parameters(paramLabel = "ID", arity = "0..*", description = "Commitment ids (see 'entente ties' or 'entente sql').")
  List<String> ids;

  @Override
  void execute() {
    CliContext c = ctx();
    Table.Builder t = Table.of("dataset", "version", "reference").whenEmpty("Nothing to cite.");
    if (ids == null || ids.isEmpty()) {
      QueryResult loaded = c.store().query("SELECT name, version FROM datasets ORDER BY name");
      for (List<Object> row : loaded.rows()) {
        String name = row.get(0).toString();
        for (String ref : Citations.of(name).orElse(List.of("(no reference recorded for " + name + ")"))) {
          t.row(name, row.get(1).toString(), ref);
        }
      }
    } else {
      for (String id : ids) {
        Commitment commitment = c.catalog().commitment(id)
            .orElseThrow(() -> new UserInputException("no commitment has the id '" + id + "'"));
        for (Source s : commitment.header().sources()) {
          t.row(id, c.catalog().dataVersion(), s.cite());
        }
      }
    }
    Table table = t.build();
    if (output.resolve(ctx().terminal()) == Format.table) {
      StringBuilder b = new StringBuilder();
      for (List<Object> row : table.rows()) {
        b.append(row.get(0)).append(" (").append(row.get(1)).append("): ").append(row.get(2)).append(System.lineSeparator());
      }
      output.emit(b.length() == 0 ? table.emptyMessage() + System.lineSeparator() : b.toString(), ctx().out());
    } else {
      write(table);
    }
  }
}
