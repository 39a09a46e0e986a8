package dev.entente.testing;

import dev.entente.store.duckdb.DuckDbStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What a store file holds, to show that a failed import left it as it was. */
public final class StoreSnapshots {

  private StoreSnapshots() {}

  /**
   * The store's tables, its import provenance and rejects, the row count of every table and every row of the
   * given tables.
   */
  public static List<Object> of(Path db, String... fullTables) {
    try (DuckDbStore store = DuckDbStore.open(db, true)) {
      List<Object> out = new ArrayList<>();
      List<String> tables = store.tables();
      out.add(tables);
      out.add(store.query("SELECT import_id, dataset, dataset_variant, dataset_version, tbl, file, sha256, rows_read,"
          + " rows_loaded, rows_rejected, lenient FROM imports ORDER BY ALL").rows());
      out.add(store.query("SELECT * FROM rejects ORDER BY ALL").rows());
      for (String t : tables) {
        out.add(t + ": " + Stores.count(store, "SELECT count(*) FROM " + t));
      }
      for (String t : fullTables) {
        out.add(store.query("SELECT * FROM " + t + " ORDER BY ALL").rows());
      }
      return out;
    }
  }

  /** A copy of a (closed) store file, to run one import against. */
  public static Path copy(Path db, Path target) {
    try {
      Files.createDirectories(target.getParent());
      Path wal = db.resolveSibling(db.getFileName() + ".wal");
      if (Files.exists(wal)) {
        Files.copy(wal, target.resolveSibling(target.getFileName() + ".wal"));
      }
      return Files.copy(db, target);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
