package dev.entente.io;

import dev.entente.io.tabular.Layout;

/**
 * Where an importer puts what it reads. The store implements it inside one transaction: if the importer throws,
 * nothing it put here is kept.
 */
public interface RowSink {

  /**
   * Declares the dataset version the following rows belong to; rows of an earlier import of the same dataset,
   * variant and version are replaced, other versions are kept.
   */
  void begin(String dataset, String variant, String version);

  /** Appends one row to the layout's table; {@code values} are in layout column order, {@code null} = SQL NULL. */
  void row(Layout layout, Object[] values);

  /** Records a rejected row (lenient mode). */
  void reject(Reject reject);
}
