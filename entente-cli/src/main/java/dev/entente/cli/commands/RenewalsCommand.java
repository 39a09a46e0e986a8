package dev.entente.cli.commands;

import dev.entente.analysis.renewal.CalendarEntry;
import dev.entente.analysis.renewal.RenewalCalendar;
import dev.entente.cli.CliContext;
import dev.entente.cli.output.Table;
import dev.entente.error.UserInputException;
import java.time.LocalDate;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code entente renewals --from DATE --to DATE [--all-readings]}. */
@Command(
    name = "renewals",
    description = {
      "The calendar of renewals, expiries, notice deadlines and ends of treaties in a window.",
      "Terms run from entry into force; where sources read a renewal rule differently,",
      "the default reading is used unless --all-readings is given."
    })
public final class RenewalsCommand extends BaseCommand {

  @Option(names = "--from", paramLabel = "DATE", required = true, description = "First day of the window.")
  String from;

  @Option(names = "--to", paramLabel = "DATE", required = true, description = "Last day of the window.")
  String to;

  @Option(names = "--all-readings", description = "Also list entries under alternative readings of a rule.")
  boolean allReadings;

  @Override
  void execute() {
    CliContext c = ctx();
    LocalDate start = CliContext.date("--from", from);
    LocalDate end = CliContext.date("--to", to);
    if (end.isBefore(start)) {
      throw new UserInputException("--to " + end + " is before --from " + start);
    }
    Table.Builder t =
        Table.of("date", "commitment", "treaty", "parties", "event", "rule")
            .tableOnly("treaty")
            .dataOnly("commitment")
            .whenEmpty("No renewal, expiry, notice deadline or end between " + start + " and " + end + ".");
    for (CalendarEntry e : new RenewalCalendar(c.catalog()).between(start, end, allReadings)) {
      LocalDate day = e.date().first();
      String parties =
          e.commitment().header().partyActors().stream()
              .filter(a -> e.commitment().header().isPartyOn(a, day) || !e.commitment().inForceOn(day))
              .collect(Collectors.joining(" "));
      String rule = e.reading().isEmpty() ? e.rule() : e.rule() + " (reading: " + e.reading() + ")";
      t.row(e.date().toString(), e.commitment().name(), e.commitment().header().shortName(), parties, e.event(), rule);
    }
    t.note((allReadings ? "Every recorded reading of each renewal rule" : "Default readings only (--all-readings adds the"
        + " alternatives)") + "; data: " + c.catalog().dataVersion() + ".");
    write(t.build());
  }
}
