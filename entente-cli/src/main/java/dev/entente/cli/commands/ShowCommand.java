package dev.entente.cli.commands;

import dev.entente.analysis.obligation.ObligationsInForce;
import dev.entente.cli.output.Format;
import dev.entente.cli.output.Table;
import dev.entente.cli.output.TableWriter;
import dev.entente.domain.Commitment;
import dev.entente.domain.Header;
import dev.entente.domain.Membership;
import dev.entente.domain.Obligation;
import dev.entente.domain.Obligations;
import dev.entente.domain.Partnership;
import dev.entente.domain.Pledge;
import dev.entente.domain.SecurityArrangement;
import dev.entente.domain.Source;
import dev.entente.error.UserInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code entente show COMMITMENT}: one commitment in full. */
@Command(
    name = "show",
    description = {
      "One commitment in full: parties, dates, pledges, renewal rule, history, ATOP link, sources.",
      "COMMITMENT is an id (us-japan-1960) or a unique part of a name (\"Rio Treaty\")."
    })
public final class ShowCommand extends BaseCommand {

  @Parameters(paramLabel = "COMMITMENT", description = "Id or part of the name.")
  String query;

  @Override
  void execute() {
    Commitment c = find();
    Map<String, Object> doc = describe(c);
    Format format = output.resolve(Format.table);
    switch (format) {
      case json -> output.emit(TableWriter.toJson(doc), ctx().out());
      case csv -> {
        Table.Builder t = Table.of("field", "value");
        flatten("", doc, t);
        write(t.build());
      }
      case table -> output.emit(text(doc), ctx().out());
    }
  }

  private Commitment find() {
    List<Commitment> all = ctx().catalog().commitments();
    for (Commitment c : all) {
      if (c.id().equals(query)) {
        return c;
      }
    }
    String q = query.toLowerCase(Locale.ROOT);
    List<Commitment> hits =
        all.stream()
            .filter(c -> c.name().toLowerCase(Locale.ROOT).contains(q)
                || c.header().shortName().toLowerCase(Locale.ROOT).contains(q))
            .toList();
    if (hits.size() == 1) {
      return hits.get(0);
    }
    if (hits.isEmpty()) {
      throw new UserInputException("no commitment has the id or a name containing '" + query + "'");
    }
    throw new UserInputException("'" + query + "' matches " + hits.size() + " commitments: "
        + hits.stream().limit(12).map(Commitment::id).collect(Collectors.joining(", "))
        + (hits.size() > 12 ? ", ..." : "") + " (use an id)");
  }

  private static Map<String, Object> describe(Commitment c) {
    Header h = c.header();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", h.id());
    m.put("kind", c.kind().code());
    m.put("name", h.name());
    m.put("short", h.shortName());
    if (c instanceof Membership ms) {
      m.put("group", ms.group());
    }
    if (c instanceof Partnership p) {
      m.put("label", p.label());
      m.put("label_original", p.labelOriginal().orElse(null));
    }
    if (c instanceof SecurityArrangement a) {
      m.put("type", a.type().code());
      m.put("direction", a.direction().map(d -> d.from() + " -> " + d.to()).orElse(null));
    }
    m.put("signed", h.signed().map(Object::toString).orElse(null));
    m.put("start", h.period().start().toString());
    m.put("end", h.period().end().toString());
    m.put("end_reason", h.endReason().map(r -> r.code()).orElse(null));
    m.put("parties", h.parties().stream().map(p -> p.actor() + " " + p.period()).toList());
    ObligationsInForce.obligationsOf(c).ifPresent(o -> obligations(m, o));
    m.put("history", h.events().stream().map(e -> e.date() + " " + e.type() + (e.note().isEmpty() ? "" : ": " + e.note())).toList());
    m.put("conflicts", h.conflicts().stream()
        .map(x -> x.field() + ": " + x.preferred() + " (preferred) vs " + x.rival() + " — " + x.why()).toList());
    m.put("notes", h.notes());
    m.put("sources", h.sources().stream().map(Source::cite).toList());
    return m;
  }

  private static void obligations(Map<String, Object> m, Obligations o) {
    List<String> pledges = new ArrayList<>();
    for (Pledge p : o.pledges()) {
      pledges.add(p.guarantor() + " -> " + p.beneficiary() + " "
          + p.obligations().stream().sorted().map(Obligation::code).collect(Collectors.joining(","))
          + (p.conditional() ? " (conditional)" : "") + " " + p.period()
          + (p.clause().isEmpty() ? "" : " | " + p.clause()) + (p.condition().isEmpty() ? "" : " | " + p.condition()));
    }
    m.put("pledges", pledges);
    m.put("suspensions", o.suspensions().stream()
        .map(s -> s.guarantor() + " -> " + s.beneficiary() + " " + s.period() + (s.note().isEmpty() ? "" : ": " + s.note()))
        .toList());
    List<String> renewals = new ArrayList<>();
    for (int i = 0; i < o.renewals().size(); i++) {
      var r = o.renewals().get(i);
      renewals.add(r.rule().text() + (i == 0 ? " (default)" : "") + (r.reading().isEmpty() ? "" : " — reading: " + r.reading()));
    }
    m.put("renewal", renewals);
    m.put("atop_ids", o.atop().atopIds());
    m.put("atop_differences", o.atop().notes().stream()
        .map(n -> n.aspect().name().toLowerCase(Locale.ROOT) + ": " + n.explanation()).toList());
  }

  private static void flatten(String prefix, Map<String, Object> doc, Table.Builder t) {
    for (Map.Entry<String, Object> e : doc.entrySet()) {
      if (e.getValue() instanceof List<?> list) {
        for (int i = 0; i < list.size(); i++) {
          t.row(e.getKey() + "[" + i + "]", String.valueOf(list.get(i)));
        }
      } else {
        t.row(e.getKey(), e.getValue());
      }
    }
  }

  private static String text(Map<String, Object> doc) {
    StringBuilder b = new StringBuilder();
    String nl = System.lineSeparator();
    b.append(doc.get("id")).append(" — ").append(doc.get("name")).append(nl);
    for (Map.Entry<String, Object> e : doc.entrySet()) {
      if (e.getKey().equals("id") || e.getKey().equals("name") || e.getValue() == null) {
        continue;
      }
      if (e.getValue() instanceof List<?> list) {
        if (list.isEmpty()) {
          continue;
        }
        b.append(e.getKey()).append(':').append(nl);
        for (Object item : list) {
          b.append("  - ").append(item).append(nl);
        }
      } else {
        b.append(e.getKey()).append(": ").append(e.getValue()).append(nl);
      }
    }
    return b.toString();
  }
}
