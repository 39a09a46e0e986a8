package dev.entente.io.curated;

import dev.entente.domain.Period;
import dev.entente.domain.State;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads {@code states.tsv}: COW number, COW abbreviation, ISO3, name and system spells of every state. */
final class StatesFile {

  static final List<String> HEADER = List.of("ccode", "cowabb", "iso3", "name", "spells");

  private StatesFile() {}

  static List<State> read(String file, String text) {
    TsvTable t = TsvTable.read(file, text, HEADER);
    List<State> states = new ArrayList<>();
    Set<Integer> codes = new HashSet<>();
    Set<String> iso = new HashSet<>();
    for (TsvTable.Row row : t.rows()) {
      int ccode;
      try {
        ccode = Integer.parseInt(t.cell(row, "ccode"));
      } catch (NumberFormatException e) {
        throw t.error(row, "ccode", "not a whole number");
      }
      if (!codes.add(ccode)) {
        throw t.error(row, "ccode", "duplicate COW code");
      }
      String abb = t.cell(row, "cowabb");
      if (!abb.matches("[A-Z]{3}")) {
        throw t.error(row, "cowabb", "a COW abbreviation is three upper-case letters");
      }
      String iso3 = t.cell(row, "iso3");
      if (!iso3.isEmpty() && (!iso3.matches("[A-Z]{3}") || !iso.add(iso3))) {
        throw t.error(row, "iso3", "an ISO3 code is three upper-case letters, used once");
      }
      List<Period> spells = new ArrayList<>();
      for (String spell : t.cell(row, "spells").split(";")) {
        try {
          spells.add(FieldParsers.range(spell, Period.from(dev.entente.domain.DatePoint.of(1816, 1, 1))));
        } catch (IllegalArgumentException e) {
          throw t.error(row, "spells", e.getMessage());
        }
      }
      try {
        states.add(new State(ccode, abb, iso3.isEmpty() ? Optional.empty() : Optional.of(iso3), t.cell(row, "name"), spells));
      } catch (IllegalArgumentException e) {
        throw t.error(row, "ccode", e.getMessage());
      }
    }
    return states;
  }
}
