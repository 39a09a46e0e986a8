package dev.entente.domain;

import java.util.Objects;

/**
 * One dated step in a commitment's history (signed, in force, renewed, suspended, terminated...).
 *
 * @param date when
 * @param type what
 * @param note what the sources say about it
 */
public record HistoryEvent(DatePoint date, EventType type, String note) {
  public HistoryEvent {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(note, "note");
  }
}
