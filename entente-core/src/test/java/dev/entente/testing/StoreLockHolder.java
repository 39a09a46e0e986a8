package dev.entente.testing;

import dev.entente.store.duckdb.DuckDbStore;
import java.nio.file.Path;

/** Run in a child JVM by the locking test: holds a store open for writing until its standard input closes. */
public final class StoreLockHolder {

  private StoreLockHolder() {}

  public static void main(String[] args) throws Exception {
    try (DuckDbStore store = DuckDbStore.open(Path.of(args[0]), false)) {
      store.migrate();
      System.out.println("holding");
      System.out.flush();
      while (System.in.read() >= 0) {
        // wait until the parent closes our input
      }
    }
  }
}
