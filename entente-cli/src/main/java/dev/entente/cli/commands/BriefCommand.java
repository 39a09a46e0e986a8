package dev.entente.cli.commands;

import dev.entente.analysis.brief.Brief;
import dev.entente.analysis.brief.BriefAlignment;
import dev.entente.analysis.hub.HubAndSpokes;
import dev.entente.analysis.obligation.ObligationTie;
import dev.entente.analysis.obligation.ObligationsInForce;
import dev.entente.analysis.partnership.PartnerRank;
import dev.entente.analysis.renewal.CalendarEntry;
import dev.entente.cli.CliContext;
import dev.entente.cli.output.Format;
import dev.entente.cli.output.Table;
import dev.entente.cli.output.TableWriter;
import dev.entente.domain.CuratedStatement;
import dev.entente.domain.RenewalReading;
import dev.entente.io.curated.CuratedFiles;
import dev.entente.io.curated.StatementsFile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import dev.entente.cli.OnDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code entente brief [--on DATE]}: the main job on the built-in data. */
@Command(
    name = "brief",
    description = {
      "A short brief from the built-in data: China's partners by tier; China's defence treaty and its next renewal;",
      "the US hub and spokes in Asia and Oceania and which spokes are tied to each other; the curated statements."
    })
public final class BriefCommand extends BaseCommand {

  @Mixin OnDate on;

  @Override
  void execute() {
    CliContext c = ctx();
    LocalDate day = on.orToday();
    Brief brief = Brief.on(c.catalog(), day);
    BriefAlignment alignment = alignment(c, brief);
    List<CuratedStatement> statements = StatementsFile.load(CuratedFiles.builtIn(), c.catalog()).stream()
        .filter(st -> !st.date().isAfter(day)).toList();
    Format format = output.resolve(Format.table);
    switch (format) {
      case table -> output.emit(new BriefText(c, brief).render() + alignmentText(c, alignment)
          + statementsText(statements) + blocsText(brief), c.out());
      case json -> {
        Map<String, Object> m = json(brief);
        m.put("alignment", alignment == null ? null : alignmentJson(alignment));
        m.put("statements", statements.stream().map(st -> Map.of("id", st.id(), "date", st.date().toString(),
            "actor", st.actor(), "targets", st.targets(), "cameo", st.cameo(), "title", st.title(),
            "sources", st.sources().stream().map(dev.entente.domain.Source::cite).toList())).toList());
        m.put("indo_pacific_blocs", brief.indoPacific().minima().stream().map(x -> {
          Map<String, Object> b = new LinkedHashMap<>();
          b.put("side_a", x.sideA());
          b.put("side_b", x.sideB());
          b.put("energy", x.energy());
          b.put("basin", x.basin());
          return b;
        }).toList());
        m.put("indo_pacific_conventions", brief.indoPacificNotes());
        output.emit(TableWriter.toJson(m), c.out());
      }
      case csv -> {
        Table.Builder t = csv(c, brief);
        statements.forEach(st -> t.row("statements", st.actor() + " " + String.join(" ", st.targets()), st.id(),
            "CAMEO " + st.cameo() + ": " + st.title(), null, st.date().toString()));
        write(t.build());
      }
    }
  }

  /** The alignment section, or null when ATOP and the COW state system are not imported. */
  private static BriefAlignment alignment(CliContext c, Brief brief) {
    dev.entente.store.QueryResult imported = c.store().query(
        "SELECT DISTINCT dataset FROM imports WHERE dataset IN ('atop', 'cow-system', 'unvotes')");
    java.util.Set<String> have = new java.util.HashSet<>();
    imported.rows().forEach(r -> have.add(r.get(0).toString()));
    if (!have.contains("atop") || !have.contains("cow-system")) {
      return null;
    }
    Map<String, Map.Entry<Integer, String>> states = new LinkedHashMap<>();
    for (PartnerRank r : brief.chinaPartners()) {
      Integer cc = c.ccode(r.partner());
      if (cc != null && r.tier() >= 5) {
        states.put(r.partner(), Map.entry(cc, "China partner, tier " + r.tier()));
      }
    }
    for (ObligationTie t : brief.usSystem().spokes()) {
      Integer cc = c.ccode(t.beneficiary());
      if (cc != null) {
        Map.Entry<Integer, String> before = states.get(t.beneficiary());
        states.put(t.beneficiary(), Map.entry(cc, before == null ? "US treaty ally" : "US ally; " + before.getValue()));
      }
    }
    Integer session = null;
    Integer sessionYear = null;
    if (have.contains("unvotes")) {
      List<List<Object>> latest = c.store().query(
          "SELECT session, year FROM unvote_rollcalls ORDER BY session DESC LIMIT 1").rows();
      if (!latest.isEmpty()) {
        session = ((Number) latest.get(0).get(0)).intValue();
        sessionYear = ((Number) latest.get(0).get(1)).intValue();
      }
    }
    return BriefAlignment.compute(states, c.store().portfolios(), Math.min(2018, brief.day().getYear()),
        session == null ? null : c.store().votes(), session, sessionYear);
  }

  private static String alignmentText(CliContext c, BriefAlignment a) {
    String nl = System.lineSeparator();
    StringBuilder s = new StringBuilder(nl);
    if (a == null) {
      return s.append("4. De facto alignment: not available. Import ATOP and the COW state system (and UN votes):")
          .append(nl).append("   entente import atop PATH; entente import cow-system PATH; entente import unvotes PATH")
          .append(nl).toString();
    }
    s.append("4. De facto alignment with the United States and China (ATOP ").append(a.atopYear())
        .append(" portfolios: S and kappa; UN votes")
        .append(a.session() == null ? ": not imported" : ", session " + a.session() + ": agreement").append(')')
        .append(nl);
    s.append(String.format(java.util.Locale.ROOT, "   %-26s %-30s %7s %7s %7s %7s %7s %7s%n", "state", "listed as",
        "S:USA", "S:CHN", "k:USA", "k:CHN", "UN:USA", "UN:CHN"));
    for (BriefAlignment.Row r : a.rows()) {
      s.append(String.format(java.util.Locale.ROOT, "   %-26s %-30s %7s %7s %7s %7s %7s %7s%n",
          abbreviate(c.name(r.state()), 26), r.group(), f(r.sUsa()), f(r.sChina()), f(r.kappaUsa()),
          f(r.kappaChina()), f(r.agreeUsa()), f(r.agreeChina())));
    }
    for (String p : a.provenance()) {
      s.append("   ").append(p).append(nl);
    }
    return s.toString();
  }

  /** Section 5: the blocs of the Indo-Pacific landscape. */
  private static String blocsText(Brief b) {
    String nl = System.lineSeparator();
    StringBuilder s = new StringBuilder(nl);
    s.append("6. Blocs of the Indo-Pacific landscape on ").append(b.day()).append(" (Axelrod & Bennett; ")
        .append(String.join(" ", Brief.INDO_PACIFIC)).append(')').append(nl);
    int rank = 0;
    for (var m : b.indoPacific().minima()) {
      s.append(String.format(java.util.Locale.ROOT, "   %d. %s  |  %s   (energy %.3f, basin %.1f%%)%n", ++rank,
          String.join(" ", m.sideA()), String.join(" ", m.sideB()), m.energy(), 100 * b.indoPacific().share(m)));
    }
    for (String n : b.indoPacificNotes()) {
      s.append("   ").append(n).append(nl);
    }
    return s.toString();
  }

  private static String abbreviate(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }

  private static String f(Double v) {
    return v == null ? "–" : String.format(java.util.Locale.ROOT, "%.2f", v);
  }

  private static Map<String, Object> alignmentJson(BriefAlignment a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("atop_year", a.atopYear());
    m.put("un_session", a.session());
    m.put("provenance", a.provenance());
    m.put("rows", a.rows().stream().map(r -> {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("state", r.state());
      x.put("listed_as", r.group());
      x.put("s_usa", r.sUsa());
      x.put("s_china", r.sChina());
      x.put("kappa_usa", r.kappaUsa());
      x.put("kappa_china", r.kappaChina());
      x.put("agree_usa", r.agreeUsa());
      x.put("agree_china", r.agreeChina());
      return x;
    }).toList());
    return m;
  }

  /** Section 5: the curated statements up to the brief's day, newest first (CAMEO-coded; statements.rec). */
  private static String statementsText(List<CuratedStatement> statements) {
    String nl = System.lineSeparator();
    StringBuilder s = new StringBuilder(nl).append("5. Statements (curated, CAMEO-coded; ").append(statements.size())
        .append(" up to this day)").append(nl);
    statements.stream().sorted(java.util.Comparator.comparing(CuratedStatement::date).reversed()).forEach(st ->
        s.append("   ").append(st.date()).append(' ').append(st.actor()).append(" -> ")
            .append(String.join(", ", st.targets())).append(" [CAMEO ").append(st.cameo()).append("] ")
            .append(st.speaker()).append(nl).append("     ").append(st.title()).append(nl)
            .append("     source: ").append(st.sources().get(0).cite()).append(nl));
    return s.toString();
  }

  private static Table.Builder csv(CliContext c, Brief b) {
    Table.Builder t = Table.of("section", "actor", "item", "detail", "tier", "since");
    for (PartnerRank r : b.chinaPartners()) {
      t.row("china-partners", r.partner(), r.label(), c.name(r.partner()), r.tier(), r.since().toString());
    }
    for (ObligationTie tie : b.chinaDefense()) {
      t.row("china-defense", tie.beneficiary(), tie.commitment().id(), tie.clause(), null, tie.since().toString());
    }
    for (CalendarEntry e : b.chinaRenewals()) {
      t.row("china-renewal", null, e.commitment().id(), e.event() + ": " + e.rule()
          + (e.reading().isEmpty() ? "" : " (reading: " + e.reading() + ")"), null, e.date().toString());
    }
    for (ObligationTie s : b.usSystem().spokes()) {
      t.row("us-spokes", s.beneficiary(), s.commitment().id(), s.clause(), null, s.since().toString());
    }
    for (HubAndSpokes.SpokeTie tie : b.usSystem().ties()) {
      t.row("spoke-ties", tie.a() + " " + tie.b(), tie.commitment().id(),
          tie.withoutHub() ? "without the hub" : "with the hub", null,
          tie.commitment().header().period().start().toString());
    }
    for (Brief.HubTrend h : b.usTrend()) {
      t.row("us-hub-trend", "USA", Integer.toString(h.year()), "allies=" + h.allies() + "; spoke_ties=" + h.spokeTies()
          + "; hub_clustering=" + f(h.hubClustering()) + "; degree_centralization=" + f(h.degreeCentralization()),
          null, null);
    }
    int rank = 0;
    for (var m : b.indoPacific().minima()) {
      t.row("indo-pacific-blocs", null, "minimum " + ++rank, String.join(" ", m.sideA()) + " | "
          + String.join(" ", m.sideB()) + String.format(java.util.Locale.ROOT, "; energy=%.4f; basin=%d", m.energy(),
          m.basin()), null, null);
    }
    return t;
  }

  private static Map<String, Object> json(Brief b) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("date", b.day().toString());
    m.put("data_version", b.dataVersion());
    m.put("china_partners", b.chinaPartners().stream().map(r -> {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("partner", r.partner());
      x.put("label", r.label());
      x.put("tier", r.tier());
      x.put("since", r.since().toString());
      return x;
    }).toList());
    m.put("china_defense", b.chinaDefense().stream().map(t -> Map.of(
        "beneficiary", t.beneficiary(), "commitment", t.commitment().id(), "since", t.since().toString())).toList());
    m.put("china_next_renewals", b.chinaRenewals().stream().map(e -> Map.of(
        "commitment", e.commitment().id(), "date", e.date().toString(), "rule", e.rule(),
        "reading", e.reading().isEmpty() ? "default" : e.reading())).toList());
    m.put("us_region", b.usSystem().region());
    m.put("us_spokes", b.usSystem().spokes().stream().map(t -> Map.of(
        "spoke", t.beneficiary(), "commitment", t.commitment().id(), "since", t.since().toString())).toList());
    m.put("us_hub_trend", b.usTrend().stream().map(h -> {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("year", h.year());
      x.put("allies", h.allies());
      x.put("spoke_ties", h.spokeTies());
      x.put("hub_clustering", h.hubClustering());
      x.put("degree_centralization", h.degreeCentralization());
      return x;
    }).toList());
    m.put("spoke_ties", b.usSystem().ties().stream().map(t -> Map.of(
        "a", t.a(), "b", t.b(), "commitment", t.commitment().id(), "kind", t.commitment().kind().code(),
        "without_hub", t.withoutHub())).toList());
    return m;
  }

  /** The printed brief. */
  private record BriefText(CliContext c, Brief b) {

    String render() {
      StringBuilder s = new StringBuilder();
      String nl = System.lineSeparator();
      s.append("entente brief — ").append(b.day()).append(nl);
      s.append("data: ").append(b.dataVersion()).append("; tiers: table ")
          .append(c.catalog().tiers().version()).append(nl).append(nl);

      s.append("1. China's partners by tier (higher = closer; ").append(b.chinaPartners().size())
          .append(" partners with a label in force)").append(nl);
      Map<Integer, List<PartnerRank>> byTier = new TreeMap<>(java.util.Comparator.reverseOrder());
      b.chinaPartners().forEach(r -> byTier.computeIfAbsent(r.tier(), k -> new ArrayList<>()).add(r));
      for (Map.Entry<Integer, List<PartnerRank>> e : byTier.entrySet()) {
        List<PartnerRank> rs = e.getValue();
        s.append("   tier ").append(e.getKey()).append(" (").append(rs.size()).append("):");
        if (e.getKey() >= 5) {
          s.append(nl);
          for (PartnerRank r : rs) {
            s.append("     ").append(c.name(r.partner())).append(" — ").append(r.label()).append(" (")
                .append(r.since()).append(')').append(nl);
          }
        } else {
          s.append(' ').append(rs.stream().map(r -> c.name(r.partner())).collect(Collectors.joining(", "))).append(nl);
        }
      }
      s.append(nl);

      s.append("2. China's defence obligations").append(nl);
      if (b.chinaDefense().isEmpty()) {
        s.append("   none in force").append(nl);
      }
      for (String id : b.chinaDefense().stream().map(t -> t.commitment().id()).distinct().toList()) {
        ObligationTie t = b.chinaDefense().stream().filter(x -> x.commitment().id().equals(id)).findFirst().orElseThrow();
        s.append("   ").append(t.commitment().name()).append(nl);
        s.append("   binds China to defend ").append(c.name(t.beneficiary())).append(" since ").append(t.since())
            .append(" (").append(t.clause()).append(')').append(nl);
        List<RenewalReading> readings = ObligationsInForce.obligationsOf(t.commitment()).orElseThrow().renewals();
        for (int i = 0; i < readings.size(); i++) {
          RenewalReading r = readings.get(i);
          String reading = i == 0 ? "default reading" : "alternative reading (" + r.reading() + ")";
          CalendarEntry next = b.chinaRenewals().stream()
              .filter(e -> e.commitment().id().equals(id) && e.reading().equals(r.reading()))
              .findFirst().orElse(null);
          s.append("   ").append(reading).append(": ").append(r.rule().text());
          s.append(next == null ? " — no scheduled renewal" : " — next renewal " + next.date()).append(nl);
        }
      }
      s.append(nl);

      HubAndSpokes.System us = b.usSystem();
      s.append("3. The US hub and spokes in ").append(us.region()).append(nl);
      for (ObligationTie t : us.spokes()) {
        s.append("   USA -> ").append(c.name(t.beneficiary())).append(": ").append(t.commitment().header().shortName())
            .append(", since ").append(t.since()).append(nl);
      }
      long direct = us.ties().stream().filter(HubAndSpokes.SpokeTie::withoutHub).count();
      s.append("   ties among the spokes: ").append(us.ties().size()).append(" (").append(direct)
          .append(" without the United States)").append(nl);
      for (HubAndSpokes.SpokeTie t : us.ties()) {
        s.append("     ").append(t.a()).append(" – ").append(t.b()).append(": ")
            .append(t.commitment().header().shortName()).append(" [").append(t.commitment().kind().code())
            .append(t.withoutHub() ? ", without the US" : "").append(']').append(nl);
      }
      s.append("   hub clustering (share of pairs of US allies in the region tied to each other; alliances and")
          .append(nl).append("   arrangements, 31 December of each year), where it changed:").append(nl);
      Brief.HubTrend last = null;
      StringBuilder line = new StringBuilder("   ");
      for (Brief.HubTrend h : b.usTrend()) {
        if (last == null || h.allies() != last.allies() || h.spokeTies() != last.spokeTies()) {
          String item = h.year() + ": " + h.allies() + " allies, " + h.spokeTies() + (h.spokeTies() == 1 ? " tie, " : " ties, ") + f(h.hubClustering())
              + ";  ";
          if (line.length() + item.length() > 112) {
            s.append(line.toString().stripTrailing()).append(nl);
            line = new StringBuilder("   ");
          }
          line.append(item);
        }
        last = h;
      }
      s.append(line.toString().stripTrailing()).append(nl);
      return s.toString();
    }
  }
}
