package dev.entente.io.curated;

import dev.entente.domain.CuratedStatement;
import dev.entente.domain.Source;
import dev.entente.domain.State;
import dev.entente.domain.Catalog;
import dev.entente.error.DataFileException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code statements.rec}: public statements coded as CAMEO events (docs/curated-format.md, "Statements").
 * Every record is {@code Kind: statement}; actors must exist in the catalog ({@code Actor} and
 * {@code TargetState} must be states with an ISO3 code); a malformed record stops the load with a
 * {@link DataFileException} naming file, line, field, value and rule. The commitment loader skips this file.
 */
public final class StatementsFile {

  /** The file name in the curated dataset. */
  public static final String NAME = "statements.rec";

  private static final Set<String> FIELDS = Set.of("Id", "Kind", "Date", "Actor", "Speaker", "Target", "TargetState",
      "Cameo", "Title", "Source", "Note");

  private StatementsFile() {}

  /** The statements of {@code files}, checked against the catalog's actors. */
  public static List<CuratedStatement> load(CuratedFiles files, Catalog catalog) {
    return read(files.read(NAME), catalog);
  }

  static List<CuratedStatement> read(String text, Catalog catalog) {
    Set<String> states = new HashSet<>();
    catalog.actors().stream().filter(State.class::isInstance).map(a -> ((State) a).iso3())
        .forEach(i -> i.ifPresent(states::add));
    List<CuratedStatement> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (RawRecord r : RecReader.read(NAME, text)) {
      for (RawRecord.Field f : r.fields()) {
        if (!FIELDS.contains(f.name())) {
          throw r.error(f, "unknown field (allowed: " + String.join(", ", FIELDS.stream().sorted().toList()) + ")");
        }
      }
      RawRecord.Field kind = r.required("Kind");
      if (!kind.value().equals("statement")) {
        throw r.error(kind, "every record of " + NAME + " is Kind: statement");
      }
      RawRecord.Field id = r.required("Id");
      if (!id.value().matches("[a-z0-9][a-z0-9-]*") || !ids.add(id.value())) {
        throw r.error(id, "ids are [a-z0-9-]+ and unique");
      }
      RawRecord.Field date = r.required("Date");
      LocalDate day;
      try {
        day = LocalDate.parse(date.value());
      } catch (DateTimeParseException e) {
        throw r.error(date, "a statement's date is a day, YYYY-MM-DD");
      }
      RawRecord.Field actor = r.required("Actor");
      if (!states.contains(actor.value())) {
        throw r.error(actor, "not the ISO3 code of a state in states.tsv");
      }
      List<String> targets = new ArrayList<>();
      for (RawRecord.Field t : r.all("Target")) {
        if (catalog.actor(t.value()).isEmpty()) {
          throw r.error(t, "not a state or organisation of the curated dataset");
        }
        targets.add(t.value());
      }
      List<String> targetStates = new ArrayList<>();
      for (RawRecord.Field t : r.all("TargetState")) {
        if (!states.contains(t.value())) {
          throw r.error(t, "not the ISO3 code of a state in states.tsv");
        }
        targetStates.add(t.value());
      }
      if (targets.isEmpty() || targetStates.isEmpty()) {
        throw new DataFileException(NAME, r.line(), "Target", "", "at least one Target and one TargetState");
      }
      RawRecord.Field cameo = r.required("Cameo");
      if (!cameo.value().matches("\\d{3,4}")) {
        throw r.error(cameo, "a CAMEO event code is 3 or 4 digits (111, 0312)");
      }
      List<Source> sources = new ArrayList<>();
      for (RawRecord.Field s : r.all("Source")) {
        try {
          sources.add(FieldParsers.source(s.value()));
        } catch (IllegalArgumentException e) {
          throw r.error(s, e.getMessage());
        }
      }
      if (sources.isEmpty()) {
        throw new DataFileException(NAME, r.line(), "Source", "", "required field is missing");
      }
      out.add(new CuratedStatement(id.value(), day, actor.value(), r.required("Speaker").value(), targets,
          targetStates, cameo.value(), r.required("Title").value(), sources,
          r.all("Note").stream().map(RawRecord.Field::value).toList()));
    }
    return out;
  }
}
