package dev.entente.cli.commands;

import dev.entente.cli.output.Table;
import dev.entente.store.QueryResult;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code entente sql "SELECT ..."}. */
@Command(
    name = "sql",
    description = {
      "Run one read-only SQL query (DuckDB dialect) on the store.",
      "The store is opened read-only and access to other files is off. Tables: see 'entente export' or",
      "SELECT table_name FROM information_schema.tables."
    })
public final class SqlCommand extends BaseCommand {

  @Parameters(paramLabel = "QUERY", description = "The query, e.g. \"SELECT kind, count(*) FROM commitments GROUP BY kind\".")
  String query;

  @Override
  void execute() {
    QueryResult r = ctx().store().userQuery(query);
    List<List<Object>> rows = new ArrayList<>();
    for (List<Object> row : r.rows()) {
      List<Object> plain = new ArrayList<>();
      for (Object v : row) {
        plain.add(v == null || v instanceof Number || v instanceof Boolean ? v : v.toString());
      }
      rows.add(plain);
    }
    write(new Table(r.columns(), rows, java.util.Set.of(), java.util.Set.of(), "(no rows)", List.of(r.rows().size() + " rows.")));
  }
}
