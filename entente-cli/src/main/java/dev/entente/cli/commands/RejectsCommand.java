package dev.entente.cli.commands;

import dev.entente.cli.output.Table;
import dev.entente.store.QueryResult;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code entente rejects [--dataset NAME]}. */
@Command(name = "rejects", description = "The rows lenient imports refused, with file, line, column, value and rule.")
public final class RejectsCommand extends BaseCommand {

  @Option(names = "--dataset", paramLabel = "NAME", description = "Only this dataset.")
  String dataset;

  @Override
  void execute() {
    String where = dataset == null ? "" : " WHERE r.dataset = '" + dataset.replace("'", "''") + "'";
    QueryResult q = ctx().store().query(
        "SELECT r.dataset, r.file, r.line, r.col AS column, r.value, r.rule, r.import_id"
            + " FROM rejects r" + where + " ORDER BY r.import_id, r.file, r.line");
    Table.Builder t = Table.of("dataset", "file", "line", "column", "value", "rule", "import_id")
        .whenEmpty("No rejected rows" + (dataset == null ? "." : " for " + dataset + "."));
    for (List<Object> row : q.rows()) {
      t.row(row.toArray());
    }
    write(t.build());
  }
}
