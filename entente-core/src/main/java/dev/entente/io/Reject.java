package dev.entente.io;

/**
 * A row an import refused, with the reason.
 *
 * @param file the file
 * @param line the line the row starts on
 * @param column the column at fault (empty when the row as a whole is)
 * @param value the offending value
 * @param rule the rule it breaks
 */
public record Reject(String file, int line, String column, String value, String rule) {}
