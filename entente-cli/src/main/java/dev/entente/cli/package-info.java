/**
 * The {@code entente} command line: a thin picocli layer. Each command parses its options, calls one analysis and
 * writes the result record as a table, CSV or JSON. User errors exit 1 with one line; usage errors exit 2.
 */
package dev.entente.cli;
