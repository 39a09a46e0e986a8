package dev.entente.cli.commands;

import dev.entente.cli.CliContext;
import dev.entente.cli.output.Table;
import dev.entente.domain.Actor;
import dev.entente.domain.Organisation;
import dev.entente.domain.State;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code entente actors [--on DATE]}. */
@Command(
    name = "actors",
    description = {
      "States (COW number, COW abbreviation, ISO3) and organisations.",
      "With --on, only states in the state system and organisations in existence on that date."
    })
public final class ActorsCommand extends BaseCommand {

  @Option(names = "--on", paramLabel = "DATE", description = "Only actors that exist on this date (YYYY-MM-DD).")
  String on;

  @Override
  void execute() {
    CliContext c = ctx();
    LocalDate day = on == null ? null : CliContext.date("--on", on);
    Table.Builder t = Table.of("key", "type", "ccode", "cow_abb", "iso3", "name").whenEmpty("No actors.");
    int states = 0;
    int orgs = 0;
    for (Actor a : c.catalog().actors()) {
      if (a instanceof State s && (day == null || s.inSystemOn(day))) {
        t.row(s.key(), "state", s.ccode(), s.cowAbbreviation(), s.iso3().orElse(null), s.name());
        states++;
      } else if (a instanceof Organisation o && (day == null || o.period().contains(day))) {
        t.row(o.key(), "organisation", null, null, null, o.name());
        orgs++;
      }
    }
    t.note(states + " states, " + orgs + " organisations" + (day == null ? "" : " on " + day)
        + ". States: COW state system v2016 (a state in the system on 2016-12-31 is taken to be in it still).");
    write(t.build());
  }
}
