package dev.entente.io.events;

import dev.entente.error.DataFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One column layout of an event-data file, as the store reads it in bulk: DuckDB's {@code read_csv} with explicit
 * column names and types ({@link #readCsvOptions()}), and a {@code SELECT} list that turns those columns into the
 * columns of the {@code events} table ({@link #projection()}, in {@link EventColumns#NAMES} order). The fast path
 * validates in SQL (the reader's column count and types, a date that must parse, the NOT NULL columns); when it
 * fails, {@link #firstProblem(Path, String)} reads the file line by line to name the first offending line, column,
 * value and rule.
 */
public interface EventLayout {

  /** The dataset the events belong to: {@code gdelt1}, {@code gdelt2} or {@code icews}. */
  String dataset();

  /** The layout's name, recorded per file ({@code gdelt1-daily-58}). */
  String name();

  /** The file's column names, in order. */
  List<String> columns();

  /**
   * The options of {@code read_csv} after the file list, starting with a comma: delimiter, quoting, header, NULL
   * strings and {@code columns={...}} with the types.
   */
  String readCsvOptions();

  /**
   * The {@code SELECT} list (without {@code SELECT}) that maps the file's columns to {@link EventColumns#NAMES},
   * in that order. A date that does not parse must give NULL (the NOT NULL constraint then stops the import).
   */
  String projection();

  /**
   * Reads {@code readable} line by line and returns the first line that breaks the layout's rules, if any.
   *
   * @param shown the name to report (the original archive's path when {@code readable} was unpacked)
   */
  Optional<DataFileException> firstProblem(Path readable, String shown);

  /** The {@code columns = {'name': 'TYPE', ...}} option of {@code read_csv}. */
  static String columnsOption(List<String> columns, Function<String, String> type) {
    StringBuilder cols = new StringBuilder();
    for (String c : columns) {
      cols.append(cols.length() == 0 ? "" : ", ").append('\'').append(c).append("': '").append(type.apply(c)).append('\'');
    }
    return "columns = {" + cols + "}";
  }
}
