package dev.entente.cli.output;

/** Output formats of every command. */
public enum Format {
  table,
  csv,
  json
}
