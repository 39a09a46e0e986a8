package dev.entente.cli.commands;

import dev.entente.cli.CliContext;
import dev.entente.domain.Actor;
import dev.entente.domain.State;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** What the store has imported, and the state codes, for the commands that combine several datasets. */
final class ImportedData {

  private ImportedData() {}

  /** The datasets with at least one import. */
  static Set<String> datasets(CliContext c) {
    Set<String> have = new HashSet<>();
    c.store().query("SELECT DISTINCT dataset FROM imports").rows().forEach(r -> have.add(r.get(0).toString()));
    return have;
  }

  /** ISO3 → COW code of every state of the built-in list that has an ISO3 code. */
  static Map<String, Integer> ccodes(CliContext c) {
    Map<String, Integer> out = new HashMap<>();
    for (Actor a : c.catalog().actors()) {
      if (a instanceof State s) {
        s.iso3().ifPresent(iso -> out.put(iso, s.ccode()));
      }
    }
    return out;
  }

  /** The ISO3 code of a state the user names (ISO3, COW abbreviation or number). */
  static String iso3(CliContext c, String option, String text) {
    Actor a = c.actor(text);
    if (a instanceof State s && s.iso3().isPresent()) {
      return s.iso3().get();
    }
    throw new dev.entente.error.UserInputException(option + " " + text + " is not a state with an ISO3 code");
  }
}
