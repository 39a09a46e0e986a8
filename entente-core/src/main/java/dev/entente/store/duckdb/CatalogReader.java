package dev.entente.store.duckdb;

import dev.entente.domain.Actor;
import dev.entente.domain.Alliance;
import dev.entente.domain.ArrangementType;
import dev.entente.domain.AtopLink;
import dev.entente.domain.Catalog;
import dev.entente.domain.Commitment;
import dev.entente.domain.CommitmentKind;
import dev.entente.domain.DatePoint;
import dev.entente.domain.EndReason;
import dev.entente.domain.EventType;
import dev.entente.domain.Header;
import dev.entente.domain.HistoryEvent;
import dev.entente.domain.Membership;
import dev.entente.domain.Obligation;
import dev.entente.domain.Obligations;
import dev.entente.domain.Organisation;
import dev.entente.domain.Partnership;
import dev.entente.domain.PartnershipTier;
import dev.entente.domain.Party;
import dev.entente.domain.Period;
import dev.entente.domain.Pledge;
import dev.entente.domain.Precision;
import dev.entente.domain.RenewalReading;
import dev.entente.domain.RenewalRule;
import dev.entente.domain.SecurityArrangement;
import dev.entente.domain.Source;
import dev.entente.domain.SourceConflict;
import dev.entente.domain.State;
import dev.entente.domain.Suspension;
import dev.entente.domain.TierTable;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the curated tables back into a {@link Catalog}, the exact inverse of {@link CatalogWriter}. */
final class CatalogReader {

  private final Connection connection;

  CatalogReader(Connection connection) {
    this.connection = connection;
  }

  Catalog read(String dataVersion) throws SQLException {
    Map<String, List<Source>> sources = groupSources();
    Map<String, List<SourceConflict>> conflicts = groupConflicts();
    Map<String, List<String>> notes = groupStrings("SELECT owner, text FROM notes ORDER BY owner, seq");
    List<Actor> actors = new ArrayList<>(states());
    try (ResultSet rs = query("SELECT * FROM organisations ORDER BY code")) {
      while (rs.next()) {
        String code = rs.getString("code");
        actors.add(
            new Organisation(
                code,
                rs.getString("name"),
                rs.getString("short_name"),
                new Period(BoundColumns.read(rs, "start"), BoundColumns.read(rs, "end")),
                Optional.ofNullable(rs.getString("end_reason")).map(EndReason::parse),
                sources.getOrDefault(code, List.of()),
                conflicts.getOrDefault(code, List.of()),
                notes.getOrDefault(code, List.of())));
      }
    }
    Map<String, List<Party>> parties = parties();
    Map<String, List<HistoryEvent>> history = history();
    Map<String, List<Pledge>> pledges = pledges();
    Map<String, List<Suspension>> suspensions = suspensions();
    Map<String, List<String>> renewalRules = groupStrings("SELECT commitment_id, rule FROM renewals ORDER BY commitment_id, seq");
    Map<String, List<String>> renewalReadings = groupStrings("SELECT commitment_id, reading FROM renewals ORDER BY commitment_id, seq");
    Map<String, List<String>> atopIds = groupStrings("SELECT commitment_id, CAST(atopid AS VARCHAR) FROM atop_links ORDER BY commitment_id, seq");
    Map<String, List<String>> atopAspects = groupStrings("SELECT commitment_id, aspect FROM atop_notes ORDER BY commitment_id, seq");
    Map<String, List<String>> atopTexts = groupStrings("SELECT commitment_id, explanation FROM atop_notes ORDER BY commitment_id, seq");

    List<Commitment> commitments = new ArrayList<>();
    try (ResultSet rs = query("SELECT * FROM commitments ORDER BY rowid")) {
      while (rs.next()) {
        String id = rs.getString("id");
        Header header =
            new Header(
                id,
                rs.getString("name"),
                rs.getString("short_name"),
                parties.getOrDefault(id, List.of()),
                BoundColumns.readDate(rs, "signed_date", "signed_precision"),
                new Period(BoundColumns.read(rs, "start"), BoundColumns.read(rs, "end")),
                Optional.ofNullable(rs.getString("end_reason")).map(EndReason::parse),
                history.getOrDefault(id, List.of()),
                sources.getOrDefault(id, List.of()),
                conflicts.getOrDefault(id, List.of()),
                notes.getOrDefault(id, List.of()));
        CommitmentKind kind = CommitmentKind.parse(rs.getString("kind"));
        commitments.add(
            switch (kind) {
              case ALLIANCE -> new Alliance(header, obligations(id, pledges, suspensions, renewalRules,
                  renewalReadings, atopIds, atopAspects, atopTexts));
              case MEMBERSHIP -> new Membership(header, rs.getString("grp"), obligations(id, pledges,
                  suspensions, renewalRules, renewalReadings, atopIds, atopAspects, atopTexts));
              case PARTNERSHIP -> new Partnership(header, rs.getString("label"),
                  Optional.ofNullable(rs.getString("label_original")));
              case ARRANGEMENT -> new SecurityArrangement(header, ArrangementType.parse(rs.getString("arrangement_type")),
                  Optional.ofNullable(rs.getString("direction_from"))
                      .map(f -> new SecurityArrangement.Direction(f, uncheckedString(rs, "direction_to"))));
            });
      }
    }
    return new Catalog(dataVersion, actors, commitments, tiers());
  }

  private static String uncheckedString(ResultSet rs, String column) {
    try {
      return rs.getString(column);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Obligations obligations(
      String id,
      Map<String, List<Pledge>> pledges,
      Map<String, List<Suspension>> suspensions,
      Map<String, List<String>> rules,
      Map<String, List<String>> readings,
      Map<String, List<String>> atopIds,
      Map<String, List<String>> atopAspects,
      Map<String, List<String>> atopTexts) {
    List<RenewalReading> renewals = new ArrayList<>();
    List<String> r = rules.getOrDefault(id, List.of());
    for (int i = 0; i < r.size(); i++) {
      renewals.add(new RenewalReading(RenewalRule.parse(r.get(i)), readings.get(id).get(i)));
    }
    List<AtopLink.AtopNote> notes = new ArrayList<>();
    List<String> aspects = atopAspects.getOrDefault(id, List.of());
    for (int i = 0; i < aspects.size(); i++) {
      notes.add(new AtopLink.AtopNote(
          AtopLink.AtopNote.Aspect.valueOf(aspects.get(i).toUpperCase(Locale.ROOT)), atopTexts.get(id).get(i)));
    }
    List<Integer> ids = atopIds.getOrDefault(id, List.of()).stream().map(Integer::valueOf).toList();
    return new Obligations(pledges.getOrDefault(id, List.of()), suspensions.getOrDefault(id, List.of()),
        renewals, new AtopLink(ids, notes));
  }

  private List<State> states() throws SQLException {
    Map<Integer, List<Period>> spells = new LinkedHashMap<>();
    try (ResultSet rs = query("SELECT ccode, start_date, end_date FROM state_spells ORDER BY ccode, seq")) {
      while (rs.next()) {
        LocalDate end = rs.getObject("end_date", LocalDate.class);
        DatePoint start = DatePoint.of(rs.getObject("start_date", LocalDate.class));
        spells.computeIfAbsent(rs.getInt("ccode"), k -> new ArrayList<>())
            .add(end == null ? Period.from(start) : Period.of(start, DatePoint.of(end)));
      }
    }
    List<State> states = new ArrayList<>();
    try (ResultSet rs = query("SELECT * FROM states ORDER BY ccode")) {
      while (rs.next()) {
        int ccode = rs.getInt("ccode");
        states.add(new State(ccode, rs.getString("cow_abb"), Optional.ofNullable(rs.getString("iso3")),
            rs.getString("name"), spells.getOrDefault(ccode, List.of())));
      }
    }
    return states;
  }

  private Map<String, List<Party>> parties() throws SQLException {
    Map<String, List<Party>> out = new LinkedHashMap<>();
    try (ResultSet rs = query("SELECT * FROM parties ORDER BY commitment_id, seq")) {
      while (rs.next()) {
        out.computeIfAbsent(rs.getString("commitment_id"), k -> new ArrayList<>())
            .add(new Party(rs.getString("actor"), period(rs)));
      }
    }
    return out;
  }

  private Map<String, List<Pledge>> pledges() throws SQLException {
    Map<String, List<Pledge>> out = new LinkedHashMap<>();
    try (ResultSet rs = query("SELECT * FROM pledges ORDER BY commitment_id, seq")) {
      while (rs.next()) {
        Set<Obligation> types = EnumSet.noneOf(Obligation.class);
        for (String code : rs.getString("obligations").split(",")) {
          types.add(Obligation.parse(code));
        }
        out.computeIfAbsent(rs.getString("commitment_id"), k -> new ArrayList<>())
            .add(new Pledge(rs.getString("guarantor"), rs.getString("beneficiary"), types,
                rs.getBoolean("conditional"), period(rs), rs.getString("clause"), rs.getString("condition")));
      }
    }
    return out;
  }

  private Map<String, List<Suspension>> suspensions() throws SQLException {
    Map<String, List<Suspension>> out = new LinkedHashMap<>();
    try (ResultSet rs = query("SELECT * FROM suspensions ORDER BY commitment_id, seq")) {
      while (rs.next()) {
        out.computeIfAbsent(rs.getString("commitment_id"), k -> new ArrayList<>())
            .add(new Suspension(rs.getString("guarantor"), rs.getString("beneficiary"), period(rs),
                rs.getString("note")));
      }
    }
    return out;
  }

  private Map<String, List<HistoryEvent>> history() throws SQLException {
    Map<String, List<HistoryEvent>> out = new LinkedHashMap<>();
    try (ResultSet rs = query("SELECT * FROM history ORDER BY commitment_id, seq")) {
      while (rs.next()) {
        DatePoint date = new DatePoint(rs.getObject("event_date", LocalDate.class),
            Precision.valueOf(rs.getString("precision").toUpperCase(Locale.ROOT)));
        out.computeIfAbsent(rs.getString("commitment_id"), k -> new ArrayList<>())
            .add(new HistoryEvent(date, EventType.parse(rs.getString("event_type")), rs.getString("note")));
      }
    }
    return out;
  }

  private Map<String, List<Source>> groupSources() throws SQLException {
    Map<String, List<Source>> out = new LinkedHashMap<>();
    try (ResultSet rs = query("SELECT * FROM sources ORDER BY owner, seq")) {
      while (rs.next()) {
        out.computeIfAbsent(rs.getString("owner"), k -> new ArrayList<>())
            .add(new Source(rs.getString("publisher"), BoundColumns.readDate(rs, "published", "precision"),
                rs.getString("title"), Optional.ofNullable(rs.getString("url"))));
      }
    }
    return out;
  }

  private Map<String, List<SourceConflict>> groupConflicts() throws SQLException {
    Map<String, List<SourceConflict>> out = new LinkedHashMap<>();
    try (ResultSet rs = query("SELECT * FROM conflicts ORDER BY owner, seq")) {
      while (rs.next()) {
        out.computeIfAbsent(rs.getString("owner"), k -> new ArrayList<>())
            .add(new SourceConflict(rs.getString("field"), rs.getString("preferred"), rs.getString("rival"),
                rs.getString("why")));
      }
    }
    return out;
  }

  private TierTable tiers() throws SQLException {
    String version = "";
    List<String> doc = List.of();
    try (ResultSet rs = query("SELECT version, documentation FROM tier_table")) {
      if (rs.next()) {
        version = rs.getString(1);
        doc = rs.getString(2).isEmpty() ? List.of() : List.of(rs.getString(2).split("\n", -1));
      }
    }
    List<PartnershipTier> tiers = new ArrayList<>();
    try (ResultSet rs = query("SELECT label, tier, basis FROM partnership_tiers ORDER BY rowid")) {
      while (rs.next()) {
        tiers.add(new PartnershipTier(rs.getString(1), rs.getInt(2), rs.getString(3)));
      }
    }
    return new TierTable(version, doc, tiers);
  }

  private Map<String, List<String>> groupStrings(String sql) throws SQLException {
    Map<String, List<String>> out = new LinkedHashMap<>();
    try (ResultSet rs = query(sql)) {
      while (rs.next()) {
        out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
      }
    }
    return out;
  }

  private static Period period(ResultSet rs) throws SQLException {
    return new Period(BoundColumns.read(rs, "start"), BoundColumns.read(rs, "end"));
  }

  private ResultSet query(String sql) throws SQLException {
    Statement st = connection.createStatement();
    st.closeOnCompletion();
    return st.executeQuery(sql);
  }
}
