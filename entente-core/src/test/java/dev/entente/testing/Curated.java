package dev.entente.testing;

import dev.entente.domain.Catalog;
import dev.entente.io.curated.CuratedFiles;
import dev.entente.io.curated.CuratedLoader;

/** The built-in curated catalog, loaded once per test JVM. */
public final class Curated {

  private static Catalog catalog;

  private Curated() {}

  public static synchronized Catalog catalog() {
    if (catalog == null) {
      catalog = CuratedLoader.load(CuratedFiles.builtIn());
    }
    return catalog;
  }
}
