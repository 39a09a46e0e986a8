package dev.entente.cli.commands;

import dev.entente.analysis.ties.CommitmentTies;
import dev.entente.cli.CliContext;
import dev.entente.domain.Actor;
import dev.entente.domain.CommitmentKind;
import dev.entente.domain.Membership;
import dev.entente.domain.Partnership;
import dev.entente.domain.SecurityArrangement;
import dev.entente.cli.output.Table;
import dev.entente.error.UserInputException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import dev.entente.cli.OnDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code entente ties X [--on DATE] [--kind KINDS]}. */
@Command(name = "ties", description = "Every commitment an actor is party to on a date.")
public final class TiesCommand extends BaseCommand {

  @Parameters(paramLabel = "ACTOR", description = "The actor (ISO3, COW abbreviation, COW number or organisation code).")
  String actor;

  @Mixin OnDate on;

  @Option(names = "--kind", paramLabel = "KINDS", split = ",",
      description = "Only these kinds: alliance, membership, partnership, arrangement (comma-separated). Default: all.")
  Set<String> kinds;

  @Override
  void execute() {
    CliContext c = ctx();
    LocalDate day = on.orToday();
    Set<CommitmentKind> wanted = EnumSet.allOf(CommitmentKind.class);
    if (kinds != null && !kinds.isEmpty()) {
      wanted = EnumSet.noneOf(CommitmentKind.class);
      for (String k : kinds) {
        try {
          wanted.add(CommitmentKind.parse(k));
        } catch (IllegalArgumentException e) {
          throw new UserInputException("--kind: " + e.getMessage());
        }
      }
    }
    Actor a = c.actor(actor);
    Table.Builder t =
        Table.of("commitment_id", "kind", "commitment", "detail", "others", "since")
            .whenEmpty(CliContext.label(a) + " is party to no commitment of those kinds on " + day + ".");
    for (CommitmentTies.Tie tie : new CommitmentTies(c.catalog()).of(a.key(), day, wanted)) {
      String detail = "";
      if (tie.commitment() instanceof Membership m) {
        detail = "member of " + m.group();
      } else if (tie.commitment() instanceof Partnership p) {
        detail = p.label();
      } else if (tie.commitment() instanceof SecurityArrangement s) {
        detail = s.type().code() + s.direction().map(d -> " " + d.from() + "->" + d.to()).orElse("");
      }
      t.row(tie.commitment().id(), tie.commitment().kind().code(), tie.commitment().header().shortName(), detail,
          String.join(" ", tie.others()), tie.since().toString());
    }
    t.note("Data: " + c.catalog().dataVersion() + ".");
    write(t.build());
  }
}
