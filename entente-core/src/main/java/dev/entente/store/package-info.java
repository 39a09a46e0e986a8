/**
 * The store: the contract analyses read through ({@link dev.entente.store.CatalogSource}) and result types. The
 * DuckDB implementation is in {@code store.duckdb}.
 */
package dev.entente.store;
