package dev.entente.web;

import dev.entente.analysis.obligation.ObligationChains;
import dev.entente.analysis.obligation.ObligationTie;
import dev.entente.analysis.partnership.PartnerRank;
import dev.entente.analysis.renewal.CalendarEntry;
import dev.entente.analysis.scenario.Edit;
import dev.entente.analysis.scenario.Scenario;
import dev.entente.analysis.ties.CommitmentTies;
import dev.entente.domain.Actor;
import dev.entente.domain.Catalog;
import dev.entente.domain.Commitment;
import dev.entente.domain.Membership;
import dev.entente.domain.Organisation;
import dev.entente.domain.Partnership;
import dev.entente.domain.SecurityArrangement;
import dev.entente.domain.Source;
import dev.entente.domain.State;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON shapes of entente-core's result records: plain maps with snake_case keys, the same columns as the CLI's
 * {@code --format json}. Missing values are JSON null, never 0.
 */
final class Json {

  private Json() {}

  static Map<String, Object> actor(Actor a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("key", a.key());
    m.put("name", a.name());
    if (a instanceof State s) {
      m.put("type", "state");
      m.put("ccode", s.ccode());
      m.put("cow_abb", s.cowAbbreviation());
      m.put("iso3", s.iso3().orElse(null));
    } else if (a instanceof Organisation o) {
      m.put("type", "organisation");
      m.put("ccode", null);
      m.put("cow_abb", null);
      m.put("iso3", null);
    }
    return m;
  }

  /** The COW number of an actor key, or null. */
  static Integer ccode(Catalog c, String key) {
    return c.actor(key).filter(State.class::isInstance).map(a -> ((State) a).ccode()).orElse(null);
  }

  static String name(Catalog c, String key) {
    return c.actor(key).map(Actor::name).orElse(key);
  }

  static List<Map<String, Object>> sources(List<Source> sources) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Source s : sources) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("publisher", s.publisher());
      m.put("date", s.date().map(Object::toString).orElse(null));
      m.put("title", s.title());
      m.put("url", s.url().orElse(null));
      out.add(m);
    }
    return out;
  }

  static Map<String, Object> obligation(Catalog c, ObligationTie t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("guarantor", t.guarantor());
    m.put("guarantor_ccode", ccode(c, t.guarantor()));
    m.put("guarantor_name", name(c, t.guarantor()));
    m.put("beneficiary", t.beneficiary());
    m.put("beneficiary_ccode", ccode(c, t.beneficiary()));
    m.put("beneficiary_name", name(c, t.beneficiary()));
    m.put("commitment", t.commitment().name());
    m.put("commitment_id", t.commitment().id());
    m.put("treaty", t.commitment().header().shortName());
    m.put("obligation", t.obligation().code());
    m.put("conditional", t.conditional());
    m.put("clause", t.clause());
    m.put("condition", t.condition());
    m.put("since", t.since().toString());
    m.put("sources", sources(t.commitment().header().sources()));
    return m;
  }

  /** A link of a chain of obligation: the obligation with its depth and path (target first). */
  static Map<String, Object> link(Catalog c, ObligationChains.Link l) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("depth", l.depth());
    m.putAll(obligation(c, l.tie()));
    m.put("path", l.path());
    return m;
  }

  static Map<String, Object> scenario(Scenario s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("scenario", s.name());
    m.put("description", s.description());
    m.put("created", s.created().isEmpty() ? null : s.created());
    m.put("base_data", s.baseData());
    m.put("edits", s.edits().stream().map(Edit::text).toList());
    return m;
  }

  static Map<String, Object> partner(Catalog c, PartnerRank r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("partner", r.partner());
    m.put("name", name(c, r.partner()));
    m.put("label", r.label());
    m.put("tier", r.tier());
    m.put("since", r.since().toString());
    List<Map<String, Object>> stages = new ArrayList<>();
    for (Partnership p : r.history()) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("label", p.label());
      s.put("tier", c.tiers().tierOf(p.label()).map(t -> (Object) t.tier()).orElse(null));
      s.put("since", p.header().period().firstDay().map(LocalDate::toString).orElse(null));
      s.put("commitment_id", p.id());
      stages.add(s);
    }
    m.put("stages", stages);
    return m;
  }

  static Map<String, Object> calendar(CalendarEntry e, List<String> parties) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("date", e.date().toString());
    m.put("commitment", e.commitment().name());
    m.put("commitment_id", e.commitment().id());
    m.put("treaty", e.commitment().header().shortName());
    m.put("parties", parties);
    m.put("event", e.event());
    m.put("rule", e.rule());
    m.put("reading", e.reading().isEmpty() ? null : e.reading());
    return m;
  }

  static Map<String, Object> tie(CommitmentTies.Tie tie) {
    Commitment c = tie.commitment();
    String detail = null;
    if (c instanceof Membership m) {
      detail = "member of " + m.group();
    } else if (c instanceof Partnership p) {
      detail = p.label();
    } else if (c instanceof SecurityArrangement s) {
      detail = s.type().code() + s.direction().map(d -> " " + d.from() + "->" + d.to()).orElse("");
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("commitment_id", c.id());
    m.put("kind", c.kind().code());
    m.put("commitment", c.name());
    m.put("treaty", c.header().shortName());
    m.put("detail", detail);
    m.put("others", tie.others());
    m.put("since", tie.since().toString());
    return m;
  }

  static Map<String, Object> commitment(Commitment c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("commitment_id", c.id());
    m.put("kind", c.kind().code());
    m.put("commitment", c.name());
    m.put("treaty", c.header().shortName());
    m.put("parties", c.header().partyActors());
    m.put("start", c.header().period().firstDay().map(LocalDate::toString).orElse(null));
    m.put("end", c.header().period().endExclusive().map(LocalDate::toString).orElse(null));
    m.put("end_reason", c.header().endReason().map(r -> r.code()).orElse(null));
    m.put("sources", sources(c.header().sources()));
    return m;
  }
}
