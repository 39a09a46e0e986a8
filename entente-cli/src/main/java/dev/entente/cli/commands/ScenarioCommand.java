package dev.entente.cli.commands;

import dev.entente.analysis.network.NetworkRequest;
import dev.entente.analysis.network.StructureMeasures;
import dev.entente.analysis.scenario.Edit;
import dev.entente.analysis.scenario.Scenario;
import dev.entente.analysis.scenario.ScenarioDiff;
import dev.entente.analysis.scenario.ScenarioOverlay;
import dev.entente.cli.CliContext;
import dev.entente.cli.output.Table;
import dev.entente.error.UserInputException;
import dev.entente.io.scenario.ScenarioFiles;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code entente scenario create|list|show|diff|delete}. */
@Command(name = "scenario",
    description = {"What-if scenarios: named edits to the commitments (add, remove, upgrade, change a date), saved",
        "beside the store and applied on top of the real data without changing it."},
    subcommands = {ScenarioCommand.Create.class, ScenarioCommand.ListScenarios.class, ScenarioCommand.Show.class,
        ScenarioCommand.Diff.class, ScenarioCommand.Delete.class})
public final class ScenarioCommand {

  /** The scenario folder: {@code scenarios/} beside the store file. */
  static ScenarioFiles files(CliContext c) {
    return new ScenarioFiles(c.dbPath().toAbsolutePath().getParent().resolve("scenarios"));
  }

  /** {@code entente scenario create NAME --add SPEC ...}. */
  @Command(name = "create", description = "Save a scenario (checked against the data before it is saved).")
  public static final class Create extends BaseCommand {
    @Parameters(paramLabel = "NAME", description = "Letters, digits, '-' and '_'.")
    String name;

    @Option(names = "--add", paramLabel = "KIND:PARTIES:DETAIL:DATE",
        description = "Add a commitment: alliance:CHN-PAK:defense:2027-01-01 (obligations joined by +),"
            + " arrangement:JPN-PHL:reciprocal-access:2027-01-01, partnership:CHN-BRA:LABEL:2027-01-01.")
    List<String> add = new ArrayList<>();

    @Option(names = "--remove", paramLabel = "ID", description = "Leave out a commitment (its id: see 'entente ties').")
    List<String> remove = new ArrayList<>();

    @Option(names = "--upgrade", paramLabel = "PAIR:LABEL:DATE",
        description = "A new partnership stage for a pair: 'CHN-RUS:comprehensive strategic partnership of coordination for a new era:2027-01-01'.")
    List<String> upgrade = new ArrayList<>();

    @Option(names = "--set-start", paramLabel = "ID:DATE", description = "A commitment starts on another day.")
    List<String> setStart = new ArrayList<>();

    @Option(names = "--set-end", paramLabel = "ID:DATE", description = "A commitment ends on a day (ID:open: no end).")
    List<String> setEnd = new ArrayList<>();

    @Option(names = "--description", paramLabel = "TEXT", defaultValue = "", description = "What the scenario asks.")
    String description;

    @Option(names = "--replace", description = "Overwrite a saved scenario of the same name.")
    boolean replace;

    @Override
    void execute() {
      CliContext c = ctx();
      List<Edit> edits = new ArrayList<>();
      try {
        add.forEach(a -> edits.add(Edit.parse("add " + a)));
        remove.forEach(r -> edits.add(Edit.parse("remove " + r)));
        upgrade.forEach(u -> edits.add(Edit.parse("upgrade " + u)));
        setStart.forEach(s -> edits.add(Edit.parse("set-start " + s)));
        setEnd.forEach(s -> edits.add(Edit.parse("set-end " + s)));
        Scenario s = new Scenario(name, description, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
            c.catalog().dataVersion(), edits);
        ScenarioOverlay.apply(c.catalog(), s);
        java.nio.file.Path file = files(c).save(s, replace);
        Table.Builder t = Table.of("scenario", "edit");
        s.edits().forEach(e -> t.row(s.name(), e.text()));
        t.note("Saved to " + file + ". Compare with: entente scenario diff " + s.name() + " --on DATE");
        write(t.build());
      } catch (IllegalArgumentException e) {
        throw new UserInputException(e.getMessage());
      }
    }
  }

  /** {@code entente scenario list}. */
  @Command(name = "list", description = "The saved scenarios.")
  public static final class ListScenarios extends BaseCommand {
    @Override
    void execute() {
      ScenarioFiles files = files(ctx());
      Table.Builder t = Table.of("scenario", "edits", "created", "description")
          .whenEmpty("No scenarios in " + files.folder() + " (create one with 'entente scenario create NAME --add ...').");
      for (String n : files.names()) {
        Scenario s = files.load(n);
        t.row(s.name(), s.edits().size(), s.created(), s.description());
      }
      write(t.build());
    }
  }

  /** {@code entente scenario show NAME}. */
  @Command(name = "show", description = "The edits of a scenario.")
  public static final class Show extends BaseCommand {
    @Parameters(paramLabel = "NAME") String name;

    @Override
    void execute() {
      Scenario s = files(ctx()).load(name);
      Table.Builder t = Table.of("scenario", "edit");
      s.edits().forEach(e -> t.row(s.name(), e.text()));
      t.note(s.description().isBlank() ? "(no description)" : s.description());
      t.note("Created " + s.created() + " against " + s.baseData() + ".");
      write(t.build());
    }
  }

  /** {@code entente scenario delete NAME}. */
  @Command(name = "delete", description = "Delete a saved scenario.")
  public static final class Delete extends BaseCommand {
    @Parameters(paramLabel = "NAME") String name;

    @Override
    void execute() {
      files(ctx()).delete(name);
      write(Table.of("deleted").row(name).build());
    }
  }

  /** {@code entente scenario diff NAME --on DATE}. */
  @Command(name = "diff", description = {
      "A scenario against the baseline on a date: the network's structure and communities, the defence obligations",
      "of every state that changes, and the alliance-portfolio similarity (S, kappa) of the states it touches."})
  public static final class Diff extends BaseCommand {
    @Parameters(paramLabel = "NAME") String name;

    @Option(names = "--on", paramLabel = "DATE", description = "The date. Default: today.")
    String on;

    @Mixin NetworkOptions network;

    @Option(names = "--compare", paramLabel = "LIST", split = ",", defaultValue = "USA,CHN,RUS",
        description = "States whose similarity with the touched states is shown. Default: ${DEFAULT-VALUE}.")
    List<String> compare;

    @Option(names = "--bloc-actors", paramLabel = "LIST", split = ",",
        defaultValue = "USA,CHN,RUS,JPN,KOR,PRK,AUS,NZL,PHL,THA,IND,PAK",
        description = "The states of the bloc landscape (the touched states are added, up to 20). Default: ${DEFAULT-VALUE}.")
    List<String> blocActors;

    @Override
    void execute() {
      CliContext c = ctx();
      Scenario s = files(c).load(name);
      LocalDate day = on == null ? LocalDate.now() : CliContext.date("--on", on);
      NetworkRequest r = network.request(c);
      if (r.source() != dev.entente.analysis.network.EdgeSource.CURATED) {
        throw new UserInputException("scenarios edit the curated commitments: use --source curated");
      }
      List<String> with = compare.stream().map(x -> c.actor(x).key()).toList();
      // listed actors are keys first (KOR is South Korea's ISO3 key), as in scenario edits
      List<String> blocs = blocActors.stream()
          .map(x -> c.catalog().actor(x.strip()).map(dev.entente.domain.Actor::key).orElseGet(() -> c.actor(x).key()))
          .toList();
      ScenarioDiff.Result d = ScenarioDiff.diff(c.catalog(), s, day, r, with, blocs);
      Table.Builder t = Table.of("part", "item", "baseline", "scenario", "change");
      StructureMeasures b = d.before();
      StructureMeasures a = d.after();
      count(t, "nodes", b.nodes(), a.nodes());
      count(t, "edges", b.edges(), a.edges());
      row(t, "structure", "degree_centralization", b.degreeCentralization(), a.degreeCentralization());
      row(t, "structure", "hub_clustering", b.hubClustering(), a.hubClustering());
      row(t, "structure", "hub_share", b.hubShare(), a.hubShare());
      row(t, "structure", "transitivity", b.transitivity(), a.transitivity());
      row(t, "structure", "density", b.density(), a.density());
      row(t, "structure", "bilateral_share", b.bilateralShare(), a.bilateralShare());
      count(t, "components", b.components(), a.components());
      count(t, "communities", b.communities(), a.communities());
      row(t, "structure", "modularity", b.modularity(), a.modularity());
      row(t, "structure", "polarization", b.polarization(), a.polarization());
      communities(t, b.communityMembers(), a.communityMembers());
      blocs(t, d);
      for (ScenarioDiff.ObligationChange o : d.obligations()) {
        obligation(t, o.state(), "defended by", o.lostDefenders(), o.newDefenders());
        obligation(t, o.state(), "must defend", o.lostDuties(), o.newDuties());
      }
      for (ScenarioDiff.AlignmentChange x : d.alignment()) {
        row(t, "alignment", x.a() + "-" + x.b() + " " + x.measure(), x.before(), x.after());
      }
      t.note("Scenario " + s.name() + (s.description().isBlank() ? "" : " (" + s.description() + ")") + " on "
          + day + ": " + String.join("; ", s.edits().stream().map(Edit::text).toList()) + ".");
      t.note("Network: " + r.describe() + ". Alignment: alliance portfolios from the curated pledges on " + day
          + " (ATOP ordinal scale, undirected, self-tie 3). Baseline data: " + d.baseData()
          + ". Blocs: Axelrod-Bennett landscape of " + String.join(" ", d.blocActors()) + "; "
          + String.join("; ", d.blocNotes()) + ". The store is read, never written.");
      write(t.build());
    }

    private static void row(Table.Builder t, String part, String item, Double before, Double after) {
      Double change = before == null || after == null ? null : after - before;
      t.row(part, item, before, after, change);
    }

    private static void count(Table.Builder t, String item, int before, int after) {
      t.row("structure", item, before, after, after - before);
    }

    private static void obligation(Table.Builder t, String state, String what, List<String> lost, List<String> gained) {
      if (lost.isEmpty() && gained.isEmpty()) {
        return;
      }
      String change = (gained.isEmpty() ? "" : "+" + String.join(" +", gained))
          + (gained.isEmpty() || lost.isEmpty() ? "" : " ") + (lost.isEmpty() ? "" : "-" + String.join(" -", lost));
      t.row("obligations", state + " " + what, null, null, change);
    }

    private static void blocs(Table.Builder t, ScenarioDiff.Result d) {
      var b = d.blocsBefore().minima().get(0);
      var a = d.blocsAfter().minima().get(0);
      t.row("blocs", "global minimum", String.join(" ", b.sideA()) + " | " + String.join(" ", b.sideB()),
          String.join(" ", a.sideA()) + " | " + String.join(" ", a.sideB()),
          b.sideA().equals(a.sideA()) ? "same" : "changed");
      t.row("blocs", "local minima", d.blocsBefore().minima().size(), d.blocsAfter().minima().size(),
          d.blocsAfter().minima().size() - d.blocsBefore().minima().size());
    }

    private static void communities(Table.Builder t, List<List<String>> before, List<List<String>> after) {
      int n = Math.max(before.size(), after.size());
      for (int i = 0; i < n; i++) {
        String b = i < before.size() ? String.join(" ", before.get(i)) : "";
        String a = i < after.size() ? String.join(" ", after.get(i)) : "";
        if (!a.equals(b)) {
          t.row("communities", "community " + (i + 1), b, a, null);
        }
      }
    }
  }

}
