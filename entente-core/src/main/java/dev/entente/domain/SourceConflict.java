package dev.entente.domain;

/**
 * A point on which sources disagree. The record that carries it holds the preferred value.
 *
 * @param field the field in dispute ({@code Start}, {@code Renewal}, ...)
 * @param preferred the value the record uses
 * @param rival the value other sources give
 * @param why why the preferred value is preferred
 */
public record SourceConflict(String field, String preferred, String rival, String why) {}
