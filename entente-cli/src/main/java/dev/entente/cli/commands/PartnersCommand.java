package dev.entente.cli.commands;

import dev.entente.analysis.partnership.PartnerLadder;
import dev.entente.analysis.partnership.PartnerRank;
import dev.entente.cli.CliContext;
import dev.entente.cli.output.Table;
import dev.entente.domain.Actor;
import java.time.LocalDate;
import dev.entente.cli.OnDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code entente partners X [--on DATE]}. */
@Command(
    name = "partners",
    description = {
      "An actor's strategic partnerships on a date, ranked by tier (higher = closer),",
      "with the exact label in force and the date it was established."
    })
public final class PartnersCommand extends BaseCommand {

  @Parameters(paramLabel = "ACTOR", description = "The actor (ISO3, COW abbreviation or COW number).")
  String actor;

  @Mixin OnDate on;

  @Override
  void execute() {
    CliContext c = ctx();
    LocalDate day = on.orToday();
    Actor a = c.actor(actor);
    Table.Builder t =
        Table.of("partner", "name", "label", "tier", "since", "stages")
            .tableOnly("name", "stages")
            .whenEmpty(CliContext.label(a) + " has no recorded partnership on " + day + ".");
    for (PartnerRank r : new PartnerLadder(c.catalog()).on(a.key(), day)) {
      t.row(r.partner(), c.name(r.partner()), r.label(), r.tier(), r.since().toString(), r.history().size());
    }
    t.note("Tiers: partnership tier table " + c.catalog().tiers().version() + "; data: "
        + c.catalog().dataVersion() + ".");
    write(t.build());
  }
}
