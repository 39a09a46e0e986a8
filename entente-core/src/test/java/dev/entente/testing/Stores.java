package dev.entente.testing;

import dev.entente.domain.State;
import dev.entente.store.duckdb.DuckDbStore;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

/** Helpers for tests that use a real store file. */
public final class Stores {

  private Stores() {}

  /** A fresh store with the curated dataset, opened read-write. */
  public static DuckDbStore fresh(Path file) {
    DuckDbStore.openForReading(file, Curated.catalog()).close();
    return DuckDbStore.open(file, false);
  }

  /** The COW codes of the built-in state list. */
  public static Set<Long> cowCodes() {
    return Curated.catalog().actors().stream()
        .filter(State.class::isInstance)
        .map(a -> (long) ((State) a).ccode())
        .collect(Collectors.toSet());
  }

  /** A single number from a query. */
  public static long count(DuckDbStore store, String sql) {
    return ((Number) store.query(sql).rows().get(0).get(0)).longValue();
  }
}
