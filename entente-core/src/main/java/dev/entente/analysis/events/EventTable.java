package dev.entente.analysis.events;

import java.nio.file.Path;
import java.util.List;

/** The store's {@code events} table as an analysis sees it: queries, and writing a query's result to a file. */
public interface EventTable {

  /** The rows of a read-only query. */
  List<List<Object>> rows(String sql);

  /**
   * Writes the result of {@code sql} to {@code out} (csv: the provenance as {@code #} lines, then the header and
   * rows; parquet: the provenance in the file's key-value metadata), replacing it whole or not at all.
   *
   * @return the number of rows written
   */
  long write(String sql, Path out, String format, List<String> provenance);

  /** One line per imported dataset: its files and events ({@code gdelt1: 3 files, 1,355 events, sha256 ...}). */
  List<String> datasets();
}
