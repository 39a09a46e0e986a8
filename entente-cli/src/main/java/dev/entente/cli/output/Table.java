package dev.entente.cli.output;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * A command's result as columns and rows, rendered by {@link TableWriter} as a terminal table, CSV or JSON.
 * Columns listed in {@code tableOnly} appear only in the terminal table (display helpers such as a full name);
 * CSV and JSON carry the rest, so their columns are stable for scripts.
 *
 * @param columns the column names
 * @param rows the rows: plain values, {@code null} for missing, or {@link Cell}s
 * @param tableOnly columns shown only in the terminal table
 * @param dataOnly columns left out of the terminal table (codes, full names), kept in CSV and JSON
 * @param emptyMessage what the terminal table prints when there are no rows
 * @param notes lines printed under the terminal table (data version, conventions)
 */
public record Table(
    List<String> columns,
    List<List<Object>> rows,
    Set<String> tableOnly,
    Set<String> dataOnly,
    String emptyMessage,
    List<String> notes) {

  public Table {
    columns = List.copyOf(columns);
    List<List<Object>> copy = new ArrayList<>();
    for (List<Object> r : rows) {
      if (r.size() != columns.size()) {
        throw new IllegalArgumentException("row has " + r.size() + " values for " + columns.size() + " columns");
      }
      copy.add(Collections.unmodifiableList(new ArrayList<>(r)));
    }
    rows = Collections.unmodifiableList(copy);
    tableOnly = Set.copyOf(tableOnly);
    dataOnly = Set.copyOf(dataOnly);
    notes = List.copyOf(notes);
  }

  /** A builder-style start: the columns. */
  public static Builder of(String... columns) {
    return new Builder(Arrays.asList(columns));
  }

  /** Collects rows. */
  public static final class Builder {
    private final List<String> columns;
    private final List<List<Object>> rows = new ArrayList<>();
    private Set<String> tableOnly = Set.of();
    private Set<String> dataOnly = Set.of();
    private String empty = "(no rows)";
    private final List<String> notes = new ArrayList<>();

    private Builder(List<String> columns) {
      this.columns = columns;
    }

    public Builder row(Object... values) {
      rows.add(Arrays.asList(values));
      return this;
    }

    public Builder tableOnly(String... names) {
      tableOnly = Set.of(names);
      return this;
    }

    public Builder dataOnly(String... names) {
      dataOnly = Set.of(names);
      return this;
    }

    public Builder whenEmpty(String message) {
      empty = message;
      return this;
    }

    public Builder note(String line) {
      notes.add(line);
      return this;
    }

    public Table build() {
      return new Table(columns, rows, tableOnly, dataOnly, empty, notes);
    }
  }
}
