package dev.entente.cli.commands;

import dev.entente.analysis.obligation.ObligationChains;
import dev.entente.analysis.obligation.ObligationTie;
import dev.entente.analysis.obligation.ObligationsInForce;
import dev.entente.cli.CliContext;
import dev.entente.cli.output.SourcesCell;
import dev.entente.cli.output.Table;
import dev.entente.domain.Actor;
import dev.entente.domain.Obligation;
import dev.entente.error.UserInputException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.ArgGroup;
import dev.entente.cli.OnDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code entente obligations --defend X | --by X [--on DATE] [--type T]}. */
@Command(
    name = "obligations",
    description = {
      "Who is bound to defend a state on a date (--defend), or whom a state must defend (--by):",
      "through which commitment and clause, and since when."
    })
public final class ObligationsCommand extends BaseCommand {

  static final class Side {
    @Option(names = "--defend", paramLabel = "ACTOR", required = true,
        description = "The state to be defended (ISO3, COW abbreviation or COW number).")
    String defend;

    @Option(names = "--by", paramLabel = "ACTOR", required = true,
        description = "The state that is bound: list whom it must defend.")
    String by;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Side side;

  @Mixin OnDate on;

  @Option(names = "--type", paramLabel = "TYPE", defaultValue = "defense",
      description = "Obligation type: defense, offense, neutrality, nonaggression, consultation, or all. Default: ${DEFAULT-VALUE}.")
  String type;

  @Option(names = "--depth", paramLabel = "N", defaultValue = "1",
      description = "With --defend: also the states bound to defend the defenders, N steps out (1-5), with the path of each. Default: ${DEFAULT-VALUE}.")
  int depth;

  @Override
  void execute() {
    CliContext c = ctx();
    LocalDate day = on.orToday();
    Set<Obligation> types = types(type);
    ObligationsInForce finder = new ObligationsInForce(c.catalog());
    Actor actor = c.actor(side.defend != null ? side.defend : side.by);
    if (depth != 1) {
      if (side.defend == null) {
        throw new UserInputException("--depth goes with --defend (chains of states drawn in to defend a state)");
      }
      if (depth < 1 || depth > 5) {
        throw new UserInputException("--depth " + depth + " is outside 1-5");
      }
      chains(c, finder, actor, day, types);
      return;
    }
    List<ObligationTie> ties =
        side.defend != null ? finder.owedTo(actor.key(), day, types) : finder.owedBy(actor.key(), day, types);
    String kind = type.equals("all") ? "obligation of any type" : type + " obligation";
    String empty =
        side.defend != null
            ? "No state has a " + kind + " towards " + CliContext.label(actor) + " on " + day + "."
            : CliContext.label(actor) + " has no " + kind + " towards any state on " + day + ".";
    Table.Builder t =
        Table.of("guarantor", "guarantor_ccode", "guarantor_name", "beneficiary", "beneficiary_ccode",
                "beneficiary_name", "commitment", "treaty", "commitment_id", "obligation", "conditional", "clause",
                "condition", "since", "sources")
            .tableOnly("guarantor_name", "beneficiary_name", "treaty")
            .dataOnly("guarantor_ccode", "beneficiary_ccode", "commitment", "commitment_id", "condition")
            .whenEmpty(empty);
    for (ObligationTie tie : ties) {
      t.row(tie.guarantor(), c.ccode(tie.guarantor()), c.name(tie.guarantor()), tie.beneficiary(),
          c.ccode(tie.beneficiary()), c.name(tie.beneficiary()), tie.commitment().name(),
          tie.commitment().header().shortName(), tie.commitment().id(),
          tie.obligation().code(), tie.conditional(), tie.clause(), tie.condition(), tie.since().toString(),
          new SourcesCell(tie.commitment().header().sources()));
    }
    t.note("Obligations in force on " + day + " (periods are half-open; see docs/curated-format.md); data: "
        + c.catalog().dataVersion() + ".");
    write(t.build());
  }

  private void chains(CliContext c, ObligationsInForce finder, Actor actor, LocalDate day, Set<Obligation> types) {
    Table.Builder t =
        Table.of("depth", "guarantor", "guarantor_ccode", "guarantor_name", "beneficiary", "beneficiary_ccode",
                "beneficiary_name", "treaty", "commitment_id", "obligation", "conditional", "clause", "condition", "since",
                "path")
            .tableOnly("guarantor_name", "beneficiary_name", "treaty")
            .dataOnly("guarantor_ccode", "beneficiary_ccode", "commitment_id", "condition")
            .whenEmpty("No state has a " + type + " obligation towards " + CliContext.label(actor) + " on " + day + ".");
    for (ObligationChains.Link l : new ObligationChains(finder).towards(actor.key(), day, types, depth)) {
      ObligationTie tie = l.tie();
      t.row(l.depth(), tie.guarantor(), c.ccode(tie.guarantor()), c.name(tie.guarantor()), tie.beneficiary(),
          c.ccode(tie.beneficiary()), c.name(tie.beneficiary()), tie.commitment().header().shortName(),
          tie.commitment().id(), tie.obligation().code(), tie.conditional(), tie.clause(), tie.condition(),
          tie.since().toString(), String.join(" <- ", l.path()));
    }
    t.note("Chains of obligation towards " + CliContext.label(actor) + " on " + day + ", " + depth
        + " steps out: depth 2 lists the states bound to defend a depth-1 defender (path: target <- defender <- ...);"
        + " each state at the first depth it is drawn in. Treaty areas (e.g. NATO Art. 6: attacks in Europe or North"
        + " America) are not evaluated: each link carries its clause and wording (column condition), which says where"
        + " an attack must happen for the pledge to apply. Data: "
        + c.catalog().dataVersion() + ".");
    write(t.build());
  }

  static Set<Obligation> types(String text) {
    if (text.equals("all")) {
      return EnumSet.allOf(Obligation.class);
    }
    try {
      return EnumSet.of(Obligation.parse(text));
    } catch (IllegalArgumentException e) {
      throw new UserInputException("--type: " + e.getMessage().replace(")", ", all)"));
    }
  }
}
