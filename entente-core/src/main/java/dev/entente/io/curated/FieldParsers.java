package dev.entente.io.curated;

import dev.entente.domain.Bound;
import dev.entente.domain.DatePoint;
import dev.entente.domain.HistoryEvent;
import dev.entente.domain.EventType;
import dev.entente.domain.Period;
import dev.entente.domain.Source;
import dev.entente.domain.SourceConflict;
import java.util.Arrays;
import java.util.Optional;

/** Parsers for the value syntaxes shared by several fields; each throws IllegalArgumentException with the rule. */
final class FieldParsers {

  private FieldParsers() {}

  /** Splits {@code a | b | c} into at most {@code limit} trimmed parts. */
  static String[] parts(String value, int limit) {
    return Arrays.stream(value.split("\\s*\\|\\s*", limit)).map(String::strip).toArray(String[]::new);
  }

  /** {@code Publisher | DATE or n.d. | Title | URL}. */
  static Source source(String value) {
    String[] p = parts(value, 4);
    if (p.length < 3) {
      throw new IllegalArgumentException("a source is 'Publisher | YYYY-MM-DD or n.d. | Title | URL'");
    }
    if (p[0].isEmpty()) {
      throw new IllegalArgumentException("a source needs a publisher");
    }
    Optional<DatePoint> date = p[1].equals("n.d.") ? Optional.empty() : Optional.of(DatePoint.parse(p[1]));
    Optional<String> url = p.length == 4 && !p[3].isEmpty() ? Optional.of(p[3]) : Optional.empty();
    url.ifPresent(
        u -> {
          if (!u.matches("(https?|ftp)://\\S+")) {
            throw new IllegalArgumentException("the URL part '" + u + "' is not an http(s) address");
          }
        });
    return new Source(p[0], date, p[2], url);
  }

  /** {@code field | preferred | rival | why}. */
  static SourceConflict conflict(String value) {
    String[] p = parts(value, 4);
    if (p.length < 4 || Arrays.stream(p).anyMatch(String::isEmpty)) {
      throw new IllegalArgumentException("a conflict is 'field | preferred value | rival value | why'");
    }
    return new SourceConflict(p[0], p[1], p[2], p[3]);
  }

  /** {@code DATE TYPE | note}. */
  static HistoryEvent event(String value) {
    String[] p = parts(value, 2);
    String[] head = p[0].split("\\s+");
    if (head.length != 2) {
      throw new IllegalArgumentException("an event is 'DATE TYPE | note'");
    }
    return new HistoryEvent(DatePoint.parse(head[0]), EventType.parse(head[1]), p.length > 1 ? p[1] : "");
  }

  /**
   * {@code FROM..TO} with empty sides taken from {@code outer}; the result must lie within {@code outer}'s start.
   */
  static Period range(String text, Period outer) {
    int dots = text.indexOf("..");
    if (dots < 0) {
      throw new IllegalArgumentException("a range is 'FROM..TO' (either side may be empty)");
    }
    String from = text.substring(0, dots).strip();
    String to = text.substring(dots + 2).strip();
    Bound start = from.isEmpty() ? outer.start() : Bound.parse(from);
    Bound end = to.isEmpty() ? outer.end() : Bound.parse(to);
    if (start instanceof Bound.Open) {
      throw new IllegalArgumentException("a range cannot start 'open'");
    }
    return new Period(start, end);
  }
}
