package dev.entente.cli.output;

/**
 * A table value that renders differently per format (a list of sources is a short note in a table, citations in
 * CSV, an array of objects in JSON). Plain values (strings, numbers, booleans, null) need no wrapper.
 */
public interface Cell {

  /** Short form for the terminal table. */
  String text();

  /** Full form for a CSV cell. */
  String csv();

  /** The value Jackson writes into JSON. */
  Object json();
}
