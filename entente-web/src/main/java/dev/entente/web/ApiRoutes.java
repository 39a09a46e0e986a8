package dev.entente.web;

import dev.entente.analysis.obligation.ObligationChains;
import dev.entente.analysis.obligation.ObligationTie;
import dev.entente.analysis.obligation.ObligationsInForce;
import dev.entente.analysis.partnership.PartnerLadder;
import dev.entente.analysis.partnership.PartnerRank;
import dev.entente.analysis.renewal.CalendarEntry;
import dev.entente.analysis.renewal.RenewalCalendar;
import dev.entente.analysis.ties.CommitmentTies;
import dev.entente.domain.Actor;
import dev.entente.domain.Catalog;
import dev.entente.domain.Commitment;
import dev.entente.domain.CommitmentKind;
import dev.entente.domain.Obligation;
import dev.entente.domain.Organisation;
import dev.entente.domain.State;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The route table of the catalog endpoints: actors, commitments, obligations, partners, renewals and ties, all
 * computed from the curated catalog in memory. Parameter names are the CLI's flag names.
 */
final class ApiRoutes {

  static final String BASE = "/api/v1";

  static final List<String> KINDS = Arrays.stream(CommitmentKind.values()).map(CommitmentKind::code).toList();
  static final List<String> OBLIGATION_TYPES = obligationTypes();
  /** The deepest chain of obligation asked for (ObligationChains allows 1–5). */
  static final int MAX_DEPTH = 5;

  private final Workbench bench;
  private final Catalog catalog;

  ApiRoutes(Workbench bench) {
    this.bench = bench;
    this.catalog = bench.catalog();
  }

  private static List<String> obligationTypes() {
    List<String> t = new ArrayList<>(Arrays.stream(Obligation.values()).map(Obligation::code).toList());
    t.add("all");
    return List.copyOf(t);
  }

  private static Param on() {
    return Param.date("on", false, "The date, YYYY-MM-DD. Default: today.");
  }

  List<ApiRoute> routes() {
    return List.of(
        new ApiRoute(BASE + "/meta", "Data versions, imported datasets and the API's capabilities", List.of(),
            q -> meta()),
        new ApiRoute(BASE + "/actors", "States (COW number, COW abbreviation, ISO3) and organisations",
            List.of(Param.date("on", false, "Only actors that exist on this date. Default: all.")), this::actors),
        new ApiRoute(BASE + "/actors/{actor}", "One actor",
            List.of(Param.actorInPath("actor", "ISO3, COW abbreviation, COW number or organisation code.")),
            q -> Json.actor(q.actor("actor"))),
        new ApiRoute(BASE + "/commitments", "Commitments in force on a date, optionally of one actor and kinds",
            List.of(Param.actor("actor", false, "Only commitments this actor is party to."),
                Param.choices("kind", KINDS, null, "Only these kinds (comma-separated). Default: all."), on()),
            this::commitments),
        new ApiRoute(BASE + "/obligations", "Who must defend a state (defend), or whom a state must defend (by)",
            List.of(Param.actor("defend", false, "The state to be defended (give defend or by)."),
                Param.actor("by", false, "The state that is bound (give defend or by)."), on(),
                Param.choice("type", OBLIGATION_TYPES, "defense", "Obligation type. Default: defense."),
                Param.integer("depth", false, 1, MAX_DEPTH, "1",
                    "With defend: 2 to 5 add the chains of obligation, the states bound to defend the defenders,"
                        + " N steps out, each with its path.")),
            this::obligations),
        new ApiRoute(BASE + "/partners", "An actor's partnership ladder by tier (higher = closer), with its stages",
            List.of(Param.actor("actor", true, "The actor."), on()), this::partners),
        new ApiRoute(BASE + "/renewals", "Renewals, expiries, notice deadlines and ends of treaties in a window",
            List.of(Param.date("from", true, "First day of the window."),
                Param.date("to", true, "Last day of the window."),
                Param.bool("all-readings", "Also list entries under alternative readings of a rule.")),
            this::renewals),
        new ApiRoute(BASE + "/ties", "Every commitment an actor is party to on a date",
            List.of(Param.actor("actor", true, "The actor."), on(),
                Param.choices("kind", KINDS, null, "Only these kinds (comma-separated). Default: all.")),
            this::ties));
  }

  private Map<String, Object> meta() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("data_version", catalog.dataVersion());
    m.put("tiers_version", catalog.tiers().version());
    Map<String, Object> datasets = new LinkedHashMap<>();
    for (String d : List.of("atop", "cow-system", "cow-alliances", "nmc", "unvotes", "idealpoints")) {
      datasets.put(d, bench.datasetVersion(d).orElse(null));
    }
    m.put("datasets", datasets);
    m.put("store", bench.storeName());
    m.put("kinds", KINDS);
    m.put("obligation_types", OBLIGATION_TYPES);
    return m;
  }

  private static Map<String, Object> answer(String note, List<?> rows) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("note", note);
    m.put("rows", rows);
    return m;
  }

  private Object actors(Query q) {
    LocalDate day = q.date("on");
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Actor a : catalog.actors()) {
      if (day == null || a instanceof State s && s.inSystemOn(day)
          || a instanceof Organisation o && o.period().contains(day)) {
        rows.add(Json.actor(a));
      }
    }
    return answer("States: COW state system v2016 (a state in the system on 2016-12-31 is taken to be in it still)"
        + (day == null ? "" : "; those existing on " + day) + ". Data: " + catalog.dataVersion() + ".", rows);
  }

  private Set<CommitmentKind> kinds(Query q) {
    Set<CommitmentKind> wanted = EnumSet.noneOf(CommitmentKind.class);
    List<String> given = q.choices("kind");
    (given == null ? KINDS : given).forEach(k -> wanted.add(CommitmentKind.parse(k)));
    return wanted;
  }

  private Object commitments(Query q) {
    LocalDate day = q.dateOrToday("on");
    Set<CommitmentKind> kinds = kinds(q);
    Actor actor = q.actor("actor");
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Commitment c : catalog.commitments()) {
      if (kinds.contains(c.kind()) && c.inForceOn(day) && (actor == null || c.hasPartyOn(actor.key(), day))) {
        rows.add(Json.commitment(c));
      }
    }
    return answer("Commitments in force on " + day + "; data: " + catalog.dataVersion() + ".", rows);
  }

  private Object obligations(Query q) {
    boolean defend = q.has("defend");
    if (defend == q.has("by")) {
      throw ApiException.badParameter(defend ? "by" : "defend", null, "give exactly one of defend and by",
          List.of("defend", "by"));
    }
    int depth = q.integer("depth");
    if (depth > 1 && !defend) {
      throw ApiException.badParameter("depth", String.valueOf(depth),
          "depth goes with defend (chains of states drawn in to defend a state)", List.of("1"));
    }
    LocalDate day = q.dateOrToday("on");
    String type = q.choice("type");
    Actor actor = q.actor(defend ? "defend" : "by");
    return bench.cached("obligations|" + defend + "|" + actor.key() + "|" + day + "|" + type + "|" + depth,
        () -> obligations(defend, actor, day, type, depth));
  }

  private Map<String, Object> obligations(boolean defend, Actor actor, LocalDate day, String type, int depth) {
    Set<Obligation> types = type.equals("all") ? EnumSet.allOf(Obligation.class) : EnumSet.of(Obligation.parse(type));
    ObligationsInForce finder = new ObligationsInForce(catalog);
    List<ObligationTie> ties =
        defend ? finder.owedTo(actor.key(), day, types) : finder.owedBy(actor.key(), day, types);
    Map<String, Object> m = answer("Obligations in force on " + day + " (periods are half-open); data: "
        + catalog.dataVersion() + ".", ties.stream().map(t -> Json.obligation(catalog, t)).toList());
    m.put("actor", Json.actor(actor));
    m.put("on", day.toString());
    m.put("side", defend ? "defend" : "by");
    if (depth > 1) {
      m.put("chains", new ObligationChains(finder).towards(actor.key(), day, types, depth).stream()
          .map(l -> Json.link(catalog, l)).toList());
      m.put("depth", depth);
      m.put("chains_note", "Each state at the first depth it is drawn in, once per path; path: the target, its"
          + " defender, that defender's defender ... Treaty areas (e.g. NATO Art. 6) are not evaluated: each link's"
          + " clause and condition say where an attack must happen for its pledge to apply.");
    }
    return m;
  }

  private Object partners(Query q) {
    LocalDate day = q.dateOrToday("on");
    Actor a = q.actor("actor");
    return bench.cached("partners|" + a.key() + "|" + day, () -> partners(a, day));
  }

  private Map<String, Object> partners(Actor a, LocalDate day) {
    List<PartnerRank> ranks = new PartnerLadder(catalog).on(a.key(), day);
    Map<String, Object> m = answer("Tiers: partnership tier table " + catalog.tiers().version() + "; data: "
        + catalog.dataVersion() + ".", ranks.stream().map(r -> Json.partner(catalog, r)).toList());
    m.put("actor", Json.actor(a));
    m.put("on", day.toString());
    return m;
  }

  private Object renewals(Query q) {
    LocalDate from = q.date("from");
    LocalDate to = q.date("to");
    if (to.isBefore(from)) {
      throw ApiException.badParameter("to", to.toString(), "to " + to + " is before from " + from,
          "a date on or after " + from);
    }
    boolean all = q.bool("all-readings");
    List<Map<String, Object>> rows = new ArrayList<>();
    for (CalendarEntry e : new RenewalCalendar(catalog).between(from, to, all)) {
      LocalDate day = e.date().first();
      List<String> parties = e.commitment().header().partyActors().stream()
          .filter(p -> e.commitment().header().isPartyOn(p, day) || !e.commitment().inForceOn(day))
          .toList();
      rows.add(Json.calendar(e, parties));
    }
    return answer((all ? "Every recorded reading of each renewal rule" : "Default readings only (all-readings=true"
        + " adds the alternatives)") + "; data: " + catalog.dataVersion() + ".", rows);
  }

  private Object ties(Query q) {
    LocalDate day = q.dateOrToday("on");
    Actor a = q.actor("actor");
    Map<String, Object> m = answer("Data: " + catalog.dataVersion() + ".",
        new CommitmentTies(catalog).of(a.key(), day, kinds(q)).stream().map(Json::tie).toList());
    m.put("actor", Json.actor(a));
    m.put("on", day.toString());
    return m;
  }
}
