package dev.entente.io.curated;

import dev.entente.domain.Alliance;
import dev.entente.domain.ArrangementType;
import dev.entente.domain.AtopLink;
import dev.entente.domain.Bound;
import dev.entente.domain.Commitment;
import dev.entente.domain.CommitmentKind;
import dev.entente.domain.DatePoint;
import dev.entente.domain.EndReason;
import dev.entente.domain.Header;
import dev.entente.domain.Membership;
import dev.entente.domain.Obligation;
import dev.entente.domain.Obligations;
import dev.entente.domain.Organisation;
import dev.entente.domain.Partnership;
import dev.entente.domain.Party;
import dev.entente.domain.Period;
import dev.entente.domain.Pledge;
import dev.entente.domain.RenewalReading;
import dev.entente.domain.RenewalRule;
import dev.entente.domain.SecurityArrangement;
import dev.entente.domain.Suspension;
import dev.entente.error.DataFileException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns raw records into organisations and commitments, checking every field against the rules of {@code
 * docs/curated-format.md}. Every failure is a {@link DataFileException} naming file, line, field, value and rule.
 */
final class RecordMapper {

  private static final Set<String> COMMON =
      Set.of("Id", "Kind", "Name", "Short", "Party", "Signed", "Start", "End", "EndReason", "Event", "Source",
          "Conflict", "Note");
  private static final Map<String, Set<String>> EXTRA =
      Map.of(
          "alliance", Set.of("Pledge", "Suspend", "Renewal", "Atop", "AtopNote"),
          "membership", Set.of("Group", "Pledge", "Suspend", "Renewal", "Atop", "AtopNote"),
          "partnership", Set.of("Label", "LabelOriginal"),
          "arrangement", Set.of("Type", "Direction"),
          "organisation", Set.of());
  private static final Set<String> ORGANISATION_FIELDS =
      Set.of("Kind", "Code", "Name", "Short", "Start", "End", "EndReason", "Source", "Note", "Conflict");
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final Pattern ORG_CODE = Pattern.compile("[A-Z][A-Z0-9-]*");
  private static final Pattern PLEDGE =
      Pattern.compile("(\\S+)\\s*->\\s*(\\S+)\\s+([a-z,]+)((?:\\s+conditional)?)((?:\\s+\\S*\\.\\.\\S*)?)");
  private static final Pattern SUSPEND = Pattern.compile("(\\S+)\\s*->\\s*(\\S+)\\s+(\\S*\\.\\.\\S*)");
  private static final Pattern DIRECTION = Pattern.compile("(\\S+)\\s*->\\s*(\\S+)");

  private final Function<String, Boolean> knownActor;

  /** @param knownActor whether an actor key (ISO3, {@code cow:ABB} or organisation code) exists */
  RecordMapper(Function<String, Boolean> knownActor) {
    this.knownActor = knownActor;
  }

  static String kindOf(RawRecord r) {
    RawRecord.Field kind = r.required("Kind");
    if (!EXTRA.containsKey(kind.value())) {
      throw r.error(kind, "unknown kind (allowed: alliance, membership, partnership, arrangement, organisation)");
    }
    return kind.value();
  }

  /** An organisation record. */
  static Organisation organisation(RawRecord r) {
    checkFieldNames(r, ORGANISATION_FIELDS);
    RawRecord.Field code = r.required("Code");
    if (!ORG_CODE.matcher(code.value()).matches()) {
      throw r.error(code, "an organisation code is upper case letters, digits and '-', starting with a letter");
    }
    Period period = period(r);
    List<dev.entente.domain.Source> sources =
        r.all("Source").stream().map(f -> parse(r, f, FieldParsers::source)).toList();
    if (sources.isEmpty()) {
      throw new DataFileException(r.file(), r.line(), "Source", "", "every record needs at least one source");
    }
    return new Organisation(
        code.value(),
        nonEmpty(r, r.required("Name")),
        r.optional("Short").map(RawRecord.Field::value).orElse(r.required("Name").value()),
        period,
        r.optional("EndReason").map(f -> parse(r, f, EndReason::parse)),
        sources,
        r.all("Conflict").stream().map(f -> parse(r, f, FieldParsers::conflict)).toList(),
        r.all("Note").stream().map(RawRecord.Field::value).toList());
  }

  /** A commitment record of kind alliance, membership, partnership or arrangement. */
  Commitment commitment(RawRecord r) {
    String kind = kindOf(r);
    Set<String> allowed = new java.util.HashSet<>(COMMON);
    allowed.addAll(EXTRA.get(kind));
    checkFieldNames(r, allowed);
    Header header = header(r);
    return switch (CommitmentKind.parse(kind)) {
      case ALLIANCE -> new Alliance(header, obligations(r, header));
      case MEMBERSHIP -> membership(r, header);
      case PARTNERSHIP -> partnership(r, header);
      case ARRANGEMENT -> arrangement(r, header);
    };
  }

  private Membership membership(RawRecord r, Header header) {
    RawRecord.Field group = r.required("Group");
    if (!ORG_CODE.matcher(group.value()).matches() || !knownActor.apply(group.value())) {
      throw r.error(group, "not the code of an organisation in the dataset");
    }
    return new Membership(header, group.value(), obligations(r, header));
  }

  private Partnership partnership(RawRecord r, Header header) {
    if (header.parties().size() != 2) {
      throw new DataFileException(
          r.file(), r.line(), "Party", String.valueOf(header.parties().size()),
          "a partnership has exactly two parties");
    }
    return new Partnership(
        header,
        nonEmpty(r, r.required("Label")),
        r.optional("LabelOriginal").map(RawRecord.Field::value));
  }

  private SecurityArrangement arrangement(RawRecord r, Header header) {
    ArrangementType type = parse(r, r.required("Type"), ArrangementType::parse);
    Optional<SecurityArrangement.Direction> direction =
        r.optional("Direction")
            .map(
                f -> {
                  Matcher m = DIRECTION.matcher(f.value());
                  if (!m.matches()) {
                    throw r.error(f, "a direction is 'FROM -> TO'");
                  }
                  requireParty(r, f, header, m.group(1));
                  requireParty(r, f, header, m.group(2));
                  return new SecurityArrangement.Direction(m.group(1), m.group(2));
                });
    return new SecurityArrangement(header, type, direction);
  }

  private Header header(RawRecord r) {
    RawRecord.Field id = r.required("Id");
    if (!ID.matcher(id.value()).matches()) {
      throw r.error(id, "an id is lower-case letters, digits and '-'");
    }
    Period period = period(r);
    List<Party> parties = new ArrayList<>();
    for (RawRecord.Field f : r.all("Party")) {
      String[] p = f.value().split("\\s+", 2);
      String actor = p[0];
      if (!knownActor.apply(actor)) {
        throw r.error(f, "unknown actor '" + actor + "' (use an ISO3 code, cow:ABB, or an organisation code)");
      }
      Period within = p.length > 1 ? parse(r, f, v -> FieldParsers.range(p[1], period)) : period;
      for (Party other : parties) {
        if (other.actor().equals(actor) && overlap(other.period(), within)) {
          throw r.error(f, "party " + actor + " is listed twice for overlapping periods");
        }
      }
      parties.add(new Party(actor, within));
    }
    if (parties.isEmpty()) {
      throw new DataFileException(r.file(), r.line(), "Party", "", "required field is missing");
    }
    List<dev.entente.domain.Source> sources =
        r.all("Source").stream().map(f -> parse(r, f, FieldParsers::source)).toList();
    if (sources.isEmpty()) {
      throw new DataFileException(r.file(), r.line(), "Source", "", "every record needs at least one source");
    }
    return new Header(
        id.value(),
        nonEmpty(r, r.required("Name")),
        r.optional("Short").map(RawRecord.Field::value).orElse(r.required("Name").value()),
        parties,
        r.optional("Signed").map(f -> parse(r, f, DatePoint::parse)),
        period,
        r.optional("EndReason").map(f -> parse(r, f, EndReason::parse)),
        r.all("Event").stream().map(f -> parse(r, f, FieldParsers::event)).toList(),
        sources,
        r.all("Conflict").stream().map(f -> parse(r, f, FieldParsers::conflict)).toList(),
        r.all("Note").stream().map(RawRecord.Field::value).toList());
  }

  private static Period period(RawRecord r) {
    RawRecord.Field startField = r.required("Start");
    Bound start = parse(r, startField, Bound::parse);
    if (start instanceof Bound.Open) {
      throw r.error(startField, "a start cannot be 'open' (use a date or 'unknown')");
    }
    Optional<RawRecord.Field> endField = r.optional("End");
    Bound end = endField.map(f -> parse(r, f, Bound::parse)).orElse(Bound.OPEN);
    Optional<RawRecord.Field> reason = r.optional("EndReason");
    if (end instanceof Bound.Known && reason.isEmpty()) {
      throw r.error(endField.get(), "a dated End needs an EndReason");
    }
    if (end instanceof Bound.Open && reason.isPresent()) {
      throw r.error(reason.get(), "an EndReason needs an End that is a date or 'unknown'");
    }
    try {
      return new Period(start, end);
    } catch (IllegalArgumentException e) {
      throw r.error(endField.orElse(startField), e.getMessage());
    }
  }

  private Obligations obligations(RawRecord r, Header header) {
    List<Pledge> pledges = new ArrayList<>();
    for (RawRecord.Field f : r.all("Pledge")) {
      pledges.add(pledge(r, f, header));
    }
    List<Suspension> suspensions = new ArrayList<>();
    for (RawRecord.Field f : r.all("Suspend")) {
      String[] p = FieldParsers.parts(f.value(), 2);
      Matcher m = SUSPEND.matcher(p[0]);
      if (!m.matches()) {
        throw r.error(f, "a suspension is 'FROM -> TO FROM..TO | note'");
      }
      requireParty(r, f, header, m.group(1));
      requireParty(r, f, header, m.group(2));
      Period when = parse(r, f, v -> FieldParsers.range(m.group(3), header.period()));
      suspensions.add(new Suspension(m.group(1), m.group(2), when, p.length > 1 ? p[1] : ""));
    }
    List<RenewalReading> renewals = new ArrayList<>();
    for (RawRecord.Field f : r.all("Renewal")) {
      String[] p = FieldParsers.parts(f.value(), 2);
      RenewalRule rule = parse(r, f, v -> RenewalRule.parse(p[0]));
      String reading = "";
      if (p.length > 1) {
        if (!p[1].startsWith("reading:")) {
          throw r.error(f, "the part after '|' must start with 'reading:'");
        }
        reading = p[1].substring("reading:".length()).strip();
      } else if (!renewals.isEmpty()) {
        throw r.error(f, "an alternative renewal reading must end in '| reading: who says so'");
      }
      renewals.add(new RenewalReading(rule, reading));
    }
    List<Integer> atopIds = new ArrayList<>();
    for (RawRecord.Field f : r.all("Atop")) {
      atopIds.add(parse(r, f, Integer::valueOf));
    }
    List<AtopLink.AtopNote> notes = new ArrayList<>();
    for (RawRecord.Field f : r.all("AtopNote")) {
      String[] p = FieldParsers.parts(f.value(), 2);
      AtopLink.AtopNote.Aspect aspect =
          parse(r, f, v -> AtopLink.AtopNote.Aspect.valueOf(p[0].toUpperCase(java.util.Locale.ROOT)));
      if (p.length < 2 || p[1].isEmpty()) {
        throw r.error(f, "an ATOP note is 'members|start|obligations | explanation'");
      }
      notes.add(new AtopLink.AtopNote(aspect, p[1]));
    }
    return new Obligations(pledges, suspensions, renewals, new AtopLink(atopIds, notes));
  }

  private Pledge pledge(RawRecord r, RawRecord.Field f, Header header) {
    String[] p = FieldParsers.parts(f.value(), 3);
    Matcher m = PLEDGE.matcher(p[0]);
    if (!m.matches()) {
      throw r.error(f, "a pledge is 'FROM -> TO OBLIGATION[,OBLIGATION] [conditional] [FROM..TO] | clause | condition'");
    }
    requireParty(r, f, header, m.group(1));
    requireParty(r, f, header, m.group(2));
    Set<Obligation> types = EnumSet.noneOf(Obligation.class);
    for (String code : m.group(3).split(",")) {
      types.add(parse(r, f, v -> Obligation.parse(code)));
    }
    return parse(
        r,
        f,
        v ->
            new Pledge(
                m.group(1),
                m.group(2),
                types,
                !m.group(4).isBlank(),
                m.group(5).isBlank() ? header.period() : FieldParsers.range(m.group(5).strip(), header.period()),
                p.length > 1 ? p[1] : "",
                p.length > 2 ? p[2] : ""));
  }

  private static boolean overlap(Period a, Period b) {
    java.time.LocalDate aEnd = a.endExclusive().orElse(java.time.LocalDate.MAX);
    java.time.LocalDate bEnd = b.endExclusive().orElse(java.time.LocalDate.MAX);
    java.time.LocalDate aStart = a.firstDay().orElse(java.time.LocalDate.MIN);
    java.time.LocalDate bStart = b.firstDay().orElse(java.time.LocalDate.MIN);
    return aStart.isBefore(bEnd) && bStart.isBefore(aEnd);
  }

  private static void requireParty(RawRecord r, RawRecord.Field f, Header header, String actor) {
    if (!actor.equals(Pledge.EVERY_PARTY) && !header.isParty(actor)) {
      throw r.error(f, actor + " is not a Party of this record");
    }
  }

  private static void checkFieldNames(RawRecord r, Set<String> allowed) {
    for (RawRecord.Field f : r.fields()) {
      if (!allowed.contains(f.name())) {
        throw new DataFileException(
            r.file(), f.line(), f.name(), f.value(), "unknown field for this kind of record (allowed: "
                + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
      }
    }
  }

  private static String nonEmpty(RawRecord r, RawRecord.Field f) {
    if (f.value().isBlank()) {
      throw r.error(f, "must not be empty");
    }
    return f.value();
  }

  private static <T> T parse(RawRecord r, RawRecord.Field f, Function<String, T> parser) {
    try {
      return parser.apply(f.value());
    } catch (IllegalArgumentException e) {
      throw r.error(f, e.getMessage());
    }
  }
}
