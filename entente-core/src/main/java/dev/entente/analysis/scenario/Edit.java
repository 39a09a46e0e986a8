package dev.entente.analysis.scenario;

import dev.entente.domain.ArrangementType;
import dev.entente.domain.CommitmentKind;
import dev.entente.domain.Obligation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One edit of a scenario. Each has a one-line text form, used on the command line and in scenario files:
 *
 * <ul>
 *   <li>{@code add alliance:CHN-PAK:defense:2027-01-01} — a new alliance among the parties, every party pledging
 *       the obligations ({@code defense+consultation}) to every other from the date;
 *   <li>{@code add arrangement:JPN-PHL:reciprocal-access:2027-01-01} and {@code add
 *       partnership:CHN-BRA:LABEL:2027-01-01} — a new arrangement of a type, or a partnership with a label;
 *   <li>{@code remove us-japan-1960} — the commitment is left out;
 *   <li>{@code upgrade CHN-RUS:LABEL:2027-01-01} — a new partnership stage for the pair from the date (the earlier
 *       stage is superseded, as with a real upgrade);
 *   <li>{@code set-start ID:DATE}, {@code set-end ID:DATE} — a commitment starts or ends on another day ({@code
 *       set-end ID:open} removes its end).
 * </ul>
 */
public sealed interface Edit {

  /** The text form of the edit ({@code add alliance:CHN-PAK:defense:2027-01-01}). */
  String text();

  /**
   * A new commitment.
   *
   * @param kind alliance, partnership or arrangement (memberships need a grouping: add an alliance instead)
   * @param parties two or more actor keys
   * @param detail the obligations (alliance), the label (partnership) or the arrangement type code
   * @param start its first day
   */
  record Add(CommitmentKind kind, List<String> parties, String detail, LocalDate start) implements Edit {
    public Add {
      Objects.requireNonNull(kind, "kind");
      parties = List.copyOf(parties);
      Objects.requireNonNull(detail, "detail");
      Objects.requireNonNull(start, "start");
      if (kind == CommitmentKind.MEMBERSHIP) {
        throw new IllegalArgumentException("a scenario cannot add a membership (add an alliance among the members)");
      }
      if (parties.size() < 2 || Set.copyOf(parties).size() != parties.size()) {
        throw new IllegalArgumentException("a new commitment needs two or more different parties: " + parties);
      }
      if (kind == CommitmentKind.ALLIANCE) {
        obligations(detail);
      }
      if (kind == CommitmentKind.ARRANGEMENT) {
        ArrangementType.parse(detail);
      }
    }

    /** The obligations of a new alliance. */
    public Set<Obligation> obligations() {
      return obligations(detail);
    }

    private static Set<Obligation> obligations(String text) {
      Set<Obligation> out = EnumSet.noneOf(Obligation.class);
      for (String o : text.split("\\+")) {
        out.add(Obligation.parse(o));
      }
      return out;
    }

    @Override
    public String text() {
      return "add " + kind.code() + ":" + String.join("-", parties) + ":" + detail + ":" + start;
    }
  }

  /** The commitment {@code id} is left out. */
  record Remove(String id) implements Edit {
    public Remove {
      Objects.requireNonNull(id, "id");
    }

    @Override
    public String text() {
      return "remove " + id;
    }
  }

  /** A new partnership stage {@code label} for the pair from {@code start}. */
  record Upgrade(String a, String b, String label, LocalDate start) implements Edit {
    public Upgrade {
      Objects.requireNonNull(a, "a");
      Objects.requireNonNull(b, "b");
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(start, "start");
      if (a.equals(b)) {
        throw new IllegalArgumentException("a partnership needs two different parties: " + a);
      }
    }

    @Override
    public String text() {
      return "upgrade " + a + "-" + b + ":" + label + ":" + start;
    }
  }

  /** The commitment {@code id} starts ({@code end = false}) or ends on {@code date}; a null end date means open. */
  record SetDate(String id, boolean end, LocalDate date) implements Edit {
    public SetDate {
      Objects.requireNonNull(id, "id");
      if (!end) {
        Objects.requireNonNull(date, "a start date");
      }
    }

    @Override
    public String text() {
      return (end ? "set-end " : "set-start ") + id + ":" + (date == null ? "open" : date.toString());
    }
  }

  /**
   * Parses the text form. Actor names are kept as written; the overlay resolves them.
   *
   * @throws IllegalArgumentException with a message naming the part that is wrong
   */
  static Edit parse(String text) {
    String t = text.strip();
    int space = t.indexOf(' ');
    if (space < 0) {
      throw new IllegalArgumentException("'" + text + "' is not an edit (expected e.g. 'add alliance:CHN-PAK:defense:2027-01-01')");
    }
    String verb = t.substring(0, space);
    String arg = t.substring(space + 1).strip();
    return switch (verb) {
      case "add" -> add(arg);
      case "remove" -> new Remove(arg);
      case "upgrade" -> upgrade(arg);
      case "set-start", "set-end" -> setDate(verb.equals("set-end"), arg);
      default -> throw new IllegalArgumentException(
          "'" + verb + "' is not an edit (allowed: add, remove, upgrade, set-start, set-end)");
    };
  }

  /** Parses {@code KIND:A-B[-C...]:DETAIL:DATE}. */
  private static Add add(String arg) {
    String[] f = arg.split(":");
    if (f.length != 4) {
      throw new IllegalArgumentException("'" + arg + "' is not KIND:PARTIES:DETAIL:DATE"
          + " (e.g. alliance:CHN-PAK:defense:2027-01-01)");
    }
    return new Add(CommitmentKind.parse(f[0]), parties(f[1]), f[2], date(f[3]));
  }

  /** Parses {@code A-B:LABEL:DATE}. */
  private static Upgrade upgrade(String arg) {
    String[] f = arg.split(":");
    List<String> pair = f.length == 3 ? parties(f[0]) : List.of();
    if (f.length != 3 || pair.size() != 2) {
      throw new IllegalArgumentException("'" + arg + "' is not PAIR:LABEL:DATE"
          + " (e.g. 'CHN-RUS:comprehensive strategic partnership of coordination:2027-01-01')");
    }
    return new Upgrade(pair.get(0), pair.get(1), f[1].strip(), date(f[2]));
  }

  /** Parses {@code ID:DATE} ({@code ID:open} for an end). */
  private static SetDate setDate(boolean end, String arg) {
    int colon = arg.lastIndexOf(':');
    if (colon < 1) {
      throw new IllegalArgumentException("'" + arg + "' is not ID:DATE (e.g. us-japan-1960:2030-01-01)");
    }
    String when = arg.substring(colon + 1).strip();
    LocalDate date = end && when.equals("open") ? null : date(when);
    return new SetDate(arg.substring(0, colon).strip(), end, date);
  }

  private static List<String> parties(String text) {
    List<String> out = new ArrayList<>();
    for (String p : text.split("-")) {
      if (p.isBlank()) {
        throw new IllegalArgumentException("'" + text + "' is not a list of parties (expected e.g. CHN-PAK)");
      }
      out.add(p.strip());
    }
    return out;
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + text + "' is not a date (expected YYYY-MM-DD)");
    }
  }
}
