package dev.entente.store;

import dev.entente.domain.Catalog;

/**
 * Where analyses read commitments from: the DuckDB store in production, an in-memory catalog in tests. Analyses
 * depend on this interface, never on the store's implementation.
 */
public interface CatalogSource {

  /** Everything curated: actors, commitments, tiers, with the data version. */
  Catalog catalog();
}
