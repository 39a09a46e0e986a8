/**
 * What the event-data importers ({@code io.gdelt}, {@code io.icews}) share: the contract of a file layout the
 * store reads in bulk with DuckDB's {@code read_csv} ({@link dev.entente.io.events.EventLayout}), and opening
 * plain, gzipped and zipped files ({@link dev.entente.io.events.EventFiles}).
 */
package dev.entente.io.events;
