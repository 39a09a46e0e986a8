package dev.entente.io.events;

import java.util.List;

/**
 * What an event import did.
 *
 * @param files one entry per file given, in order
 * @param seconds the wall time of the whole import
 */
public record EventImportReport(List<FileResult> files, double seconds) {

  public EventImportReport {
    files = List.copyOf(files);
  }

  /**
   * One file of an import.
   *
   * @param file the path as given
   * @param dataset gdelt1, gdelt2 or icews
   * @param layout the layout detected
   * @param sha256 the SHA-256 of the file's bytes
   * @param rowsRead the data rows in the file (0 when skipped)
   * @param rowsLoaded the rows kept
   * @param duplicates the rows dropped as duplicates (an event id already in the store or earlier in the import)
   * @param alreadyImported whether the same bytes were imported before, so the file was skipped
   */
  public record FileResult(String file, String dataset, String layout, String sha256, long rowsRead, long rowsLoaded,
      long duplicates, boolean alreadyImported) {}

  /** The rows kept, over all files. */
  public long rowsLoaded() {
    return files.stream().mapToLong(FileResult::rowsLoaded).sum();
  }

  /** The duplicates dropped, over all files. */
  public long duplicates() {
    return files.stream().mapToLong(FileResult::duplicates).sum();
  }
}
