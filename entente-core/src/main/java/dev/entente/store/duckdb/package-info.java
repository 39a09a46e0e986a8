/** The DuckDB implementation of the store: schema migrations, the curated tables, read-only queries, exports. */
package dev.entente.store.duckdb;
