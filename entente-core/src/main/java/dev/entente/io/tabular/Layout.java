package dev.entente.io.tabular;

import java.util.List;
import java.util.Objects;

/**
 * The layout of one dataset file as loaded into one store table: the table name, the columns expected in the
 * file's header (in order), and the columns that identify a row.
 *
 * @param table the store table
 * @param columns the file's columns, in header order
 * @param key the columns whose values must be unique (empty: no key)
 */
public record Layout(String table, List<Column> columns, List<String> key) {

  public Layout {
    Objects.requireNonNull(table, "table");
    columns = List.copyOf(columns);
    key = List.copyOf(key);
    for (String k : key) {
      if (columns.stream().noneMatch(c -> c.name().equals(k))) {
        throw new IllegalArgumentException("key column " + k + " is not a column of " + table);
      }
    }
  }

  /** The column names in header order. */
  public List<String> header() {
    return columns.stream().map(Column::name).toList();
  }

  /** The position of a column. */
  public int index(String column) {
    int i = header().indexOf(column);
    if (i < 0) {
      throw new IllegalArgumentException(column + " is not a column of " + table);
    }
    return i;
  }
}
