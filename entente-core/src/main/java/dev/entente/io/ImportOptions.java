package dev.entente.io;

/**
 * How an import treats bad rows.
 *
 * @param lenient {@code false} (the default): the first bad row stops the import and the store is left as it was;
 *     {@code true}: good rows are loaded and every bad row goes, with its reason, to the rejects table
 */
public record ImportOptions(boolean lenient) {

  /** Strict: the first bad row stops the import. */
  public static ImportOptions strict() {
    return new ImportOptions(false);
  }

  /** Lenient: load the good rows, reject the bad ones. */
  public static ImportOptions lenientMode() {
    return new ImportOptions(true);
  }
}
