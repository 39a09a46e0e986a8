package dev.entente.domain;

import java.util.Objects;

/**
 * One end of a {@link Period}: a date, no end at all ({@link Open}), or an end (or start) that exists but that no
 * source dates ({@link Unknown}). Never a magic date.
 */
public sealed interface Bound permits Bound.Known, Bound.Open, Bound.Unknown {

  /** A dated bound. */
  record Known(DatePoint date) implements Bound {
    public Known {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public String toString() {
      return date.toString();
    }
  }

  /** No end: the commitment is still in force. Only valid as an end. */
  record Open() implements Bound {
    @Override
    public String toString() {
      return "open";
    }
  }

  /** There is a bound, but no source gives its date. */
  record Unknown() implements Bound {
    @Override
    public String toString() {
      return "unknown";
    }
  }

  Bound OPEN = new Open();
  Bound UNKNOWN = new Unknown();

  static Bound of(DatePoint date) {
    return new Known(date);
  }

  /** Parses a date, {@code open} or {@code unknown}. */
  static Bound parse(String text) {
    String t = text.strip();
    if (t.equals("open")) {
      return OPEN;
    }
    if (t.equals("unknown")) {
      return UNKNOWN;
    }
    return new Known(DatePoint.parse(t));
  }
}
