package dev.entente.store.duckdb;

import dev.entente.domain.Actor;
import dev.entente.domain.Alliance;
import dev.entente.domain.Catalog;
import dev.entente.domain.Commitment;
import dev.entente.domain.Header;
import dev.entente.domain.HistoryEvent;
import dev.entente.domain.Membership;
import dev.entente.domain.Obligation;
import dev.entente.domain.Obligations;
import dev.entente.domain.Organisation;
import dev.entente.domain.Partnership;
import dev.entente.domain.Party;
import dev.entente.domain.PartnershipTier;
import dev.entente.domain.Period;
import dev.entente.domain.Pledge;
import dev.entente.domain.RenewalReading;
import dev.entente.domain.SecurityArrangement;
import dev.entente.domain.Source;
import dev.entente.domain.SourceConflict;
import dev.entente.domain.State;
import dev.entente.domain.Suspension;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a {@link Catalog} into the curated tables, replacing what was there. The caller owns the transaction.
 * Returns the number of rows written.
 */
final class CatalogWriter implements AutoCloseable {

  static final List<String> TABLES =
      List.of(
          "states", "state_spells", "organisations", "commitments", "parties", "pledges", "suspensions",
          "renewals", "atop_links", "atop_notes", "history", "sources", "conflicts", "notes", "tier_table",
          "partnership_tiers");

  private final Connection connection;
  private final Map<String, PreparedStatement> statements = new HashMap<>();
  private long rows;

  CatalogWriter(Connection connection) {
    this.connection = connection;
  }

  long write(Catalog catalog) throws SQLException {
    try (Statement st = connection.createStatement()) {
      for (String table : TABLES) {
        st.execute("DELETE FROM " + table);
      }
    }
    for (Actor a : catalog.actors()) {
      if (a instanceof State s) {
        state(s);
      } else if (a instanceof Organisation o) {
        organisation(o);
      }
    }
    for (Commitment c : catalog.commitments()) {
      commitment(c);
    }
    insert("tier_table", 2, catalog.tiers().version(), String.join("\n", catalog.tiers().documentation()));
    for (PartnershipTier t : catalog.tiers().tiers()) {
      insert("partnership_tiers", 3, t.label(), t.tier(), t.basis());
    }
    for (PreparedStatement ps : statements.values()) {
      ps.executeBatch();
    }
    return rows;
  }

  private void state(State s) throws SQLException {
    insert("states", 5, s.ccode(), s.cowAbbreviation(), s.iso3().orElse(null), s.key(), s.name());
    int seq = 0;
    for (Period p : s.spells()) {
      insert("state_spells", 4, s.ccode(), seq++, p.firstDay().orElseThrow(), p.endExclusive().orElse(null));
    }
  }

  private void organisation(Organisation o) throws SQLException {
    PreparedStatement ps = statement("organisations", 10);
    ps.setString(1, o.code());
    ps.setString(2, o.name());
    ps.setString(3, o.shortName());
    BoundColumns.bind(ps, 4, o.period().start());
    BoundColumns.bind(ps, 7, o.period().end());
    ps.setString(10, o.endReason().map(r -> r.code()).orElse(null));
    add(ps);
    sources(o.code(), o.sources());
    conflicts(o.code(), o.conflicts());
    notes(o.code(), o.notes());
  }

  private void commitment(Commitment c) throws SQLException {
    Header h = c.header();
    PreparedStatement ps = statement("commitments", 19);
    ps.setString(1, h.id());
    ps.setString(2, c.kind().code());
    ps.setString(3, h.name());
    ps.setString(4, h.shortName());
    BoundColumns.bindDate(ps, 5, h.signed());
    BoundColumns.bind(ps, 7, h.period().start());
    BoundColumns.bind(ps, 10, h.period().end());
    ps.setString(13, h.endReason().map(r -> r.code()).orElse(null));
    for (int i = 14; i <= 19; i++) {
      ps.setNull(i, Types.VARCHAR);
    }
    if (c instanceof Membership m) {
      ps.setString(14, m.group());
    } else if (c instanceof Partnership p) {
      ps.setString(15, p.label());
      ps.setString(16, p.labelOriginal().orElse(null));
    } else if (c instanceof SecurityArrangement a) {
      ps.setString(17, a.type().code());
      ps.setString(18, a.direction().map(SecurityArrangement.Direction::from).orElse(null));
      ps.setString(19, a.direction().map(SecurityArrangement.Direction::to).orElse(null));
    }
    add(ps);
    int seq = 0;
    for (Party p : h.parties()) {
      PreparedStatement pp = statement("parties", 9);
      pp.setString(1, h.id());
      pp.setInt(2, seq++);
      pp.setString(3, p.actor());
      BoundColumns.bind(pp, 4, p.period().start());
      BoundColumns.bind(pp, 7, p.period().end());
      add(pp);
    }
    seq = 0;
    for (HistoryEvent e : h.events()) {
      insert("history", 6, h.id(), seq++, e.date().date(),
          e.date().precision().name().toLowerCase(Locale.ROOT), e.type().code(), e.note());
    }
    sources(h.id(), h.sources());
    conflicts(h.id(), h.conflicts());
    notes(h.id(), h.notes());
    if (c instanceof Alliance a) {
      obligations(h.id(), a.obligations());
    } else if (c instanceof Membership m) {
      obligations(h.id(), m.obligations());
    }
  }

  private void obligations(String id, Obligations o) throws SQLException {
    int seq = 0;
    for (Pledge p : o.pledges()) {
      PreparedStatement ps = statement("pledges", 14);
      ps.setString(1, id);
      ps.setInt(2, seq++);
      ps.setString(3, p.guarantor());
      ps.setString(4, p.beneficiary());
      ps.setString(5, p.obligations().stream().sorted().map(Obligation::code).collect(Collectors.joining(",")));
      ps.setBoolean(6, p.conditional());
      BoundColumns.bind(ps, 7, p.period().start());
      BoundColumns.bind(ps, 10, p.period().end());
      ps.setString(13, p.clause());
      ps.setString(14, p.condition());
      add(ps);
    }
    seq = 0;
    for (Suspension s : o.suspensions()) {
      PreparedStatement ps = statement("suspensions", 11);
      ps.setString(1, id);
      ps.setInt(2, seq++);
      ps.setString(3, s.guarantor());
      ps.setString(4, s.beneficiary());
      BoundColumns.bind(ps, 5, s.period().start());
      BoundColumns.bind(ps, 8, s.period().end());
      ps.setString(11, s.note());
      add(ps);
    }
    seq = 0;
    for (RenewalReading r : o.renewals()) {
      insert("renewals", 4, id, seq++, r.rule().text(), r.reading());
    }
    seq = 0;
    for (Integer atopid : o.atop().atopIds()) {
      insert("atop_links", 3, id, seq++, atopid);
    }
    seq = 0;
    for (var n : o.atop().notes()) {
      insert("atop_notes", 4, id, seq++, n.aspect().name().toLowerCase(Locale.ROOT), n.explanation());
    }
  }

  private void sources(String owner, List<Source> sources) throws SQLException {
    int seq = 0;
    for (Source s : sources) {
      PreparedStatement ps = statement("sources", 7);
      ps.setString(1, owner);
      ps.setInt(2, seq++);
      ps.setString(3, s.publisher());
      BoundColumns.bindDate(ps, 4, s.date());
      ps.setString(6, s.title());
      ps.setString(7, s.url().orElse(null));
      add(ps);
    }
  }

  private void conflicts(String owner, List<SourceConflict> conflicts) throws SQLException {
    int seq = 0;
    for (SourceConflict c : conflicts) {
      insert("conflicts", 6, owner, seq++, c.field(), c.preferred(), c.rival(), c.why());
    }
  }

  private void notes(String owner, List<String> notes) throws SQLException {
    int seq = 0;
    for (String n : notes) {
      insert("notes", 3, owner, seq++, n);
    }
  }

  private void insert(String table, int columns, Object... values) throws SQLException {
    PreparedStatement ps = statement(table, columns);
    for (int i = 0; i < values.length; i++) {
      ps.setObject(i + 1, values[i]);
    }
    add(ps);
  }

  private PreparedStatement statement(String table, int columns) throws SQLException {
    PreparedStatement ps = statements.get(table);
    if (ps == null) {
      String marks = String.join(", ", java.util.Collections.nCopies(columns, "?"));
      ps = connection.prepareStatement("INSERT INTO " + table + " VALUES (" + marks + ")");
      statements.put(table, ps);
    }
    return ps;
  }

  private void add(PreparedStatement ps) throws SQLException {
    ps.addBatch();
    rows++;
  }

  @Override
  public void close() throws SQLException {
    for (PreparedStatement ps : statements.values()) {
      ps.close();
    }
  }
}
