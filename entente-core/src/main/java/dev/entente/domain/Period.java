package dev.entente.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A half-open span of time {@code [start, end)}: the start is the first day something holds, the end the first day
 * it no longer holds.
 *
 * <p>Conventions (documented in {@code docs/curated-format.md}): an imprecise start holds from its first day
 * ({@code 2004-09} from 2004-09-01); an imprecise end holds until its last day ({@code 2004-09} until 2004-09-30,
 * so the first day no longer held is 2004-10-01). An {@link Bound.Unknown} start or end makes {@link
 * #contains(LocalDate)} false for every date that depends on it: the engine does not claim a commitment holds when
 * no source dates it.
 *
 * @param start a {@link Bound.Known} date or {@link Bound.Unknown}; never {@link Bound.Open}
 * @param end a date, {@link Bound.Open} or {@link Bound.Unknown}
 */
public record Period(Bound start, Bound end) {

  public Period {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (start instanceof Bound.Open) {
      throw new IllegalArgumentException("a period cannot have an open start");
    }
    if (start instanceof Bound.Known s && end instanceof Bound.Known e && !s.date().first().isBefore(exclusiveEnd(e.date()))) {
      throw new IllegalArgumentException("period end " + e.date() + " is not after its start " + s.date());
    }
  }

  /** From a known date, with no end. */
  public static Period from(DatePoint start) {
    return new Period(Bound.of(start), Bound.OPEN);
  }

  /** From a known date to a known end (exclusive). */
  public static Period of(DatePoint start, DatePoint end) {
    return new Period(Bound.of(start), Bound.of(end));
  }

  /** Whether the period holds on {@code day}. */
  public boolean contains(LocalDate day) {
    if (!(start instanceof Bound.Known s) || day.isBefore(s.date().first())) {
      return false;
    }
    if (end instanceof Bound.Known e) {
      return day.isBefore(exclusiveEnd(e.date()));
    }
    return end instanceof Bound.Open;
  }

  /** The first day held, if the start is known. */
  public Optional<LocalDate> firstDay() {
    return start instanceof Bound.Known s ? Optional.of(s.date().first()) : Optional.empty();
  }

  /** The first day no longer held, if the end is known. */
  public Optional<LocalDate> endExclusive() {
    return end instanceof Bound.Known e ? Optional.of(exclusiveEnd(e.date())) : Optional.empty();
  }

  /** Whether the period has no end. */
  public boolean isOpen() {
    return end instanceof Bound.Open;
  }

  private static LocalDate exclusiveEnd(DatePoint end) {
    return end.precision() == Precision.DAY ? end.first() : end.last().plusDays(1);
  }

  @Override
  public String toString() {
    return start + ".." + end;
  }
}
