package dev.entente.io;

import java.util.List;

/**
 * What an import did, recorded as the provenance of the loaded rows.
 *
 * @param dataset the dataset ({@code atop})
 * @param variant the variant ({@code full}, {@code nna}, ...)
 * @param version the dataset version read from the file ({@code 5.1})
 * @param files the files read, each with its SHA-256 and row counts
 */
public record ImportReport(String dataset, String variant, String version, List<FileReport> files) {

  public ImportReport {
    files = List.copyOf(files);
  }

  /**
   * One file of an import.
   *
   * @param file the path as given
   * @param table the store table it went into
   * @param version the dataset version read from it
   * @param sha256 the SHA-256 of the file's bytes
   * @param rowsRead the data rows read
   * @param rowsLoaded the rows loaded
   * @param rowsRejected the rows rejected (lenient mode)
   */
  public record FileReport(String file, String table, String version, String sha256, long rowsRead, long rowsLoaded, long rowsRejected) {}

  public long rowsLoaded() {
    return files.stream().mapToLong(FileReport::rowsLoaded).sum();
  }

  public long rowsRejected() {
    return files.stream().mapToLong(FileReport::rowsRejected).sum();
  }
}
