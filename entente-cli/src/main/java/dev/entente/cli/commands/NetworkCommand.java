package dev.entente.cli.commands;

import dev.entente.analysis.network.CommitmentNetwork;
import dev.entente.analysis.network.CuratedNetworks;
import dev.entente.analysis.network.DatasetNetworks;
import dev.entente.analysis.network.EdgeSource;
import dev.entente.analysis.network.NetworkRequest;
import dev.entente.analysis.network.NetworkStructure;
import dev.entente.analysis.network.StructureMeasures;
import dev.entente.analysis.network.StructureSeries;
import dev.entente.analysis.network.Tie;
import dev.entente.analysis.network.YearlyNetworks;
import dev.entente.cli.CliContext;
import dev.entente.cli.output.Table;
import dev.entente.error.UserInputException;
import dev.entente.io.export.NetworkFiles;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code entente network metrics|show|export}. */
@Command(name = "network",
    description = "Commitment networks at a date or in a year, their structure over time, and exports for Gephi.",
    subcommands = {NetworkCommand.Metrics.class, NetworkCommand.Show.class, NetworkCommand.Export.class})
public final class NetworkCommand {

  /** The structure columns of {@code network metrics}, in order. */
  static final List<String> METRICS = List.of("year", "nodes", "edges", "degree_centralization", "hub_clustering",
      "hub_share", "transitivity", "density", "bilateral_share", "communities", "modularity");

  /** The networks of each year for a request. */
  static YearlyNetworks yearly(CliContext c, NetworkRequest r, NetworkOptions o) {
    return r.source() == EdgeSource.CURATED
        ? new CuratedNetworks(c.catalog()).yearly(o.asOf())
        : new DatasetNetworks(c.store().allianceNetworks(), c.catalog());
  }

  /** The {@code --on DATE | --year YEAR} options of the commands that show one network. */
  static final class When {
    @Option(names = "--on", paramLabel = "DATE", description = "The date (curated source). Default: today.")
    String on;

    @Option(names = "--year", paramLabel = "YEAR", description = "The year (ATOP, COW, or curated as of --as-of).")
    Integer year;

    CommitmentNetwork network(CliContext c, NetworkRequest r, NetworkOptions o) {
      return one(c, r, o, on, year);
    }
  }

  /** The one network a command asks for: on a date (curated only) or in a year. */
  static CommitmentNetwork one(CliContext c, NetworkRequest r, NetworkOptions o, String on, Integer year) {
    if (on != null && year != null) {
      throw new UserInputException("give --on DATE or --year YEAR, not both");
    }
    if (on != null || year == null) {
      if (r.source() != EdgeSource.CURATED) {
        throw new UserInputException("--source " + r.source().code() + " is yearly: give --year YEAR");
      }
      LocalDate day = on == null ? LocalDate.now() : CliContext.date("--on", on);
      return new CuratedNetworks(c.catalog()).on(day, r);
    }
    return yearly(c, r, o).inYear(year, r);
  }

  /** {@code entente network metrics --years A-B ...}. */
  @Command(name = "metrics", description = {
      "Structure measures year by year: Freeman degree centralization, hub clustering and hub share (with --hub),",
      "transitivity, density, bilateral share, communities and modularity (METHODS.md B.10)."})
  public static final class Metrics extends BaseCommand {
    @Mixin NetworkOptions network;

    @Option(names = "--years", paramLabel = "A-B", required = true, description = "The years, e.g. 1950-2026.")
    String years;

    @Option(names = "--measures", paramLabel = "SET", defaultValue = "standard",
        description = "standard (the columns above) or all (also components and polarization). Default: ${DEFAULT-VALUE}.")
    String measures;

    @Override
    void execute() {
      CliContext c = ctx();
      NetworkRequest r = network.request(c);
      int[] range = years(years);
      if (!measures.equals("standard") && !measures.equals("all")) {
        throw new UserInputException("--measures '" + measures + "' is not allowed (allowed: standard, all)");
      }
      boolean all = measures.equals("all");
      List<StructureSeries.Row> rows = new StructureSeries(yearly(c, r, network)).years(range[0], range[1], r);
      Table.Builder t = all
          ? Table.of(concat(METRICS, "components", "polarization"))
          : Table.of(METRICS.toArray(String[]::new));
      for (StructureSeries.Row row : rows) {
        StructureMeasures m = row.measures();
        Object[] base = {row.year(), m.nodes(), m.edges(), m.degreeCentralization(), m.hubClustering(),
            m.hubShare(), m.transitivity(), m.density(), m.bilateralShare(), m.communities(), m.modularity()};
        t.row(all ? concat(base, m.components(), m.polarization()) : base);
      }
      t.note("Networks: " + r.describe() + (r.source() == EdgeSource.CURATED ? "; as of " + network.asOf()
          .toString().substring(2) + " of each year" : "") + ".");
      t.note("Data: " + (rows.isEmpty() ? "" : rows.get(0).network().dataVersion())
          + ". Empty cells are undefined (NULL): see docs/networks.md.");
      write(t.build());
    }

    private static String[] concat(List<String> head, String... tail) {
      String[] out = head.toArray(new String[head.size() + tail.length]);
      System.arraycopy(tail, 0, out, head.size(), tail.length);
      return out;
    }

    private static Object[] concat(Object[] head, Object... tail) {
      Object[] out = java.util.Arrays.copyOf(head, head.length + tail.length);
      System.arraycopy(tail, 0, out, head.length, tail.length);
      return out;
    }
  }

  /** {@code entente network show --on DATE | --year Y ...}. */
  @Command(name = "show", description = "The ties of one network (who, through which commitment, directed or not), with its measures.")
  public static final class Show extends BaseCommand {
    @Mixin NetworkOptions network;

    @Mixin When when;

    @Override
    void execute() {
      CliContext c = ctx();
      NetworkRequest r = network.request(c);
      CommitmentNetwork n = when.network(c, r, network);
      StructureMeasures m = NetworkStructure.measure(n);
      Table.Builder t = Table.of("from", "from_name", "to", "to_name", "directed", "commitment", "kind", "label")
          .tableOnly("from_name", "to_name")
          .whenEmpty("No ties in this network on " + n.when() + ".");
      for (Tie tie : n.ties()) {
        t.row(tie.from(), c.name(tie.from()), tie.to(), c.name(tie.to()), tie.directed(), tie.commitment(),
            tie.kind().code(), tie.label());
      }
      t.note("Network " + n.when() + ": " + r.describe() + "; data: " + n.dataVersion() + ".");
      t.note(String.format(java.util.Locale.ROOT,
          "%d nodes, %d edges; degree centralization %s; hub clustering %s; hub share %s; transitivity %s;"
              + " density %s; bilateral share %s; %d components; %d communities, modularity %s, polarization %s.",
          m.nodes(), m.edges(), f(m.degreeCentralization()), f(m.hubClustering()), f(m.hubShare()),
          f(m.transitivity()), f(m.density()), f(m.bilateralShare()), m.components(), m.communities(),
          f(m.modularity()), f(m.polarization())));
      for (int i = 0; i < m.communityMembers().size(); i++) {
        t.note("Community " + (i + 1) + ": " + String.join(" ", m.communityMembers().get(i)));
      }
      write(t.build());
    }

    private static String f(Double v) {
      return v == null ? "undefined" : String.format(java.util.Locale.ROOT, "%.4f", v);
    }
  }

  /** {@code entente network export --to graphml|gexf|json|csv --out FILE}. */
  @Command(name = "export", description = "Write one network as GraphML or GEXF (Gephi), JSON (nodes, edges, measures) or a CSV edge list.")
  public static final class Export extends ContextCommand {
    @Mixin NetworkOptions network;

    @Mixin When when;

    @Option(names = "--to", paramLabel = "FORMAT", required = true, description = "graphml, gexf, json or csv.")
    String to;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The file to write.")
    Path out;

    @Override
    public Integer call() {
      if (!NetworkFiles.FORMATS.contains(to.toLowerCase(java.util.Locale.ROOT))) {
        throw new UserInputException("--to " + to + " is not a network format (allowed: "
            + String.join(", ", NetworkFiles.FORMATS) + ")");
      }
      NetworkRequest r = network.request(context);
      CommitmentNetwork n = when.network(context, r, network);
      NetworkFiles.write(n, NetworkStructure.measure(n), out, to);
      context.out().printf("Wrote the network of %s (%d nodes, %d ties) to %s.%n", n.when(), n.nodes().size(),
          n.ties().size(), out.toAbsolutePath());
      context.out().flush();
      return 0;
    }
  }
}
