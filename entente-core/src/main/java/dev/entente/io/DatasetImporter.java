package dev.entente.io;

import dev.entente.io.tabular.Layout;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads one research dataset's files, checks them (header, types, code lists, dates, keys) and hands the rows to
 * a {@link RowSink}. In strict mode the first bad row throws a {@link dev.entente.error.DataFileException} naming
 * file, line, column, value and rule; in lenient mode bad rows go to {@link RowSink#reject(Reject)}.
 */
public interface DatasetImporter {

  /** The name used on the command line ({@code atop}). */
  String name();

  /** One line on what it reads. */
  String description();

  /** The store tables it fills. */
  List<Layout> layouts();

  /**
   * Imports {@code path}: a file, or a directory holding the dataset's files.
   *
   * @return one report per variant and version imported
   */
  List<ImportReport> read(Path path, ImportOptions options, RowSink sink);
}
