package dev.entente.io.unvotes;

import dev.entente.io.ImportOptions;
import dev.entente.io.ImportReport;
import dev.entente.io.Reject;
import dev.entente.io.RowSink;
import dev.entente.io.tabular.Column;
import dev.entente.io.tabular.DateParts;
import dev.entente.io.tabular.Layout;
import dev.entente.io.tabular.RowProblem;
import dev.entente.io.tabular.RowRule;
import dev.entente.io.tabular.TabularFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Voeten's {@code UNVotesPublished} file, one row per country and roll call, split on the way in: the vote columns
 * go to {@code unvote_votes}, the roll-call columns (repeated on every row of a roll call in the file) once per
 * roll call to {@code unvote_rollcalls}. See {@link UnVotesImporter} for the rules and missing codes.
 */
final class PublishedFile {

  /** The cell Voeten's file has in {@code ec} for the 197 rows of roll call 1429: a garbled {@code "0\""}. */
  static final String GARBLED_EC = "0\\\"";

  /** The file's columns, in header order. */
  static final List<Column> COLUMNS = List.of(
      Column.requiredInt("rcid"),
      Column.requiredInt("session"),
      Column.requiredInt("vote"),
      Column.requiredInt("ccode"),
      Column.optionalInt("member", "", "NA"),
      Column.optionalInt("importantvote", "", "NA"),
      // read as text and parsed once per distinct value by the roll-call rule (see RollCallRule)
      Column.text("date", false, "", "NA"),
      Column.text("unres", false, "", "NA"),
      Column.optionalInt("me", "", "NA"),
      Column.optionalInt("nu", "", "NA"),
      Column.optionalInt("di", "", "NA"),
      Column.optionalInt("hr", "", "NA"),
      Column.optionalInt("co", "", "NA"),
      Column.optionalInt("ec", "", "NA", GARBLED_EC),
      Column.requiredInt("year"));

  /** The roll-call attributes: the same on every row of one rcid. */
  static final List<String> ROLL_CALL_COLUMNS =
      List.of("rcid", "session", "date", "unres", "importantvote", "me", "nu", "di", "hr", "co", "ec", "year");

  /** The flags that are 0 or 1 when present. */
  private static final List<String> FLAGS = List.of("member", "importantvote", "me", "nu", "di", "hr", "co", "ec");

  /** The roll-call date as stored: {@code m/d/yyyy} in the file. */
  static final Column DATE = Column.date("date", "M/d/uuuu", false, "", "NA");

  static final Layout VOTES = subset("unvote_votes", List.of("rcid", "ccode", "vote", "member"), List.of("rcid", "ccode"));
  static final Layout ROLLCALLS = subset("unvote_rollcalls", ROLL_CALL_COLUMNS, List.of("rcid"));

  /**
   * The whole file, read as the votes table (the store keeps only the votes columns of it). It declares no key:
   * the roll-call rule checks that (rcid, ccode) is unique, with one bit per country of each roll call instead of
   * a set of a million keys.
   */
  private static final Layout FILE_AS_VOTES = new Layout(VOTES.table(), COLUMNS, List.of());
  /** The whole file, written as the roll-call table (the store keeps only the roll-call columns of it). */
  private static final Layout FILE_AS_ROLLCALLS = new Layout(ROLLCALLS.table(), COLUMNS, ROLLCALLS.key());

  /** The COW codes as a table indexed by code (COW codes are 2 to 999): a million look-ups without hashing. */
  private final boolean[] cowCodes = new boolean[1000];

  PublishedFile(Set<Long> cowCodes) {
    for (long c : cowCodes) {
      if (c > 0 && c < this.cowCodes.length) {
        this.cowCodes[(int) c] = true;
      }
    }
  }

  /** Loads one file into both tables; one report with a file entry per table. */
  ImportReport load(Path file, String dataset, ImportOptions options, RowSink sink) {
    RollCallRule rollCalls = new RollCallRule();
    RowRule rule = DateParts.all(codes(), rollCalls);
    Splitter splitter = new Splitter(sink, rollCalls);
    ImportReport.FileReport votes = new TabularFile(FILE_AS_VOTES, ',', StandardCharsets.UTF_8, rule,
        v -> UnVotesImporter.PUBLISHED_VERSION).load(file, dataset, UnVotesImporter.PUBLISHED_VARIANT, options, splitter);
    ImportReport.FileReport calls = new ImportReport.FileReport(votes.file(), ROLLCALLS.table(), votes.version(),
        votes.sha256(), votes.rowsRead(), splitter.rollCalls.size(), 0);
    return new ImportReport(dataset, UnVotesImporter.PUBLISHED_VARIANT, votes.version(), List.of(votes, calls));
  }

  /** Vote codes, COW codes, 0/1 flags, and the session year. */
  private RowRule codes() {
    int vote = FILE_AS_VOTES.index("vote");
    int ccode = FILE_AS_VOTES.index("ccode");
    int session = FILE_AS_VOTES.index("session");
    int year = FILE_AS_VOTES.index("year");
    int[] flags = FLAGS.stream().mapToInt(FILE_AS_VOTES::index).toArray();
    return v -> {
      long code = (Long) v[vote];
      if (!UnVotesImporter.VOTE_CODES.containsKey(code)) {
        throw new RowProblem("vote", String.valueOf(code), "a vote is 1 yes, 2 abstain, 3 no, 8 absent or 9 not a member");
      }
      long country = (Long) v[ccode];
      if (country < 1 || country >= cowCodes.length || !cowCodes[(int) country]) {
        throw new RowProblem("ccode", String.valueOf(country), "not a COW state code");
      }
      for (int f : flags) {
        Long flag = (Long) v[f];
        if (flag != null && flag != 0 && flag != 1) {
          throw new RowProblem(COLUMNS.get(f).name(), String.valueOf(flag), "a flag is 0 or 1");
        }
      }
      long s = (Long) v[session];
      if (s < 1) {
        throw new RowProblem("session", String.valueOf(s), "a session is 1 or more");
      }
      long y = (Long) v[year];
      if (y != 1945 + s) {
        throw new RowProblem("year", String.valueOf(y), "the year of session " + s + " is " + (1945 + s));
      }
    };
  }

  private static Layout subset(String table, List<String> names, List<String> key) {
    List<Column> cols = names.stream()
        .map(n -> n.equals("date") ? DATE : COLUMNS.stream().filter(c -> c.name().equals(n)).findFirst().orElseThrow())
        .toList();
    return new Layout(table, cols, key);
  }

  /**
   * The rules that span rows: a date that exists (parsed once per distinct text), every row of a roll call giving
   * the roll-call columns of its first good row, and one row per country and roll call. Runs last and changes
   * nothing before it has passed, so a row it lets through is one the file loader keeps.
   */
  private static final class RollCallRule implements RowRule {
    private final int rcid = FILE_AS_VOTES.index("rcid");
    private final int ccode = FILE_AS_VOTES.index("ccode");
    private final int date = FILE_AS_VOTES.index("date");
    private final int[] attributes =
        ROLL_CALL_COLUMNS.stream().filter(n -> !n.equals("rcid")).mapToInt(FILE_AS_VOTES::index).toArray();
    private final Map<String, LocalDate> dates = new HashMap<>();
    private final Map<Long, RollCall> rollCalls = new HashMap<>();

    /** A roll call's first good row (with its date parsed) and the countries seen in it. */
    private record RollCall(Object[] row, BitSet countries) {}

    @Override
    public void check(Object[] values) {
      LocalDate day = date((String) values[date]);
      Long id = (Long) values[rcid];
      int country = ((Long) values[ccode]).intValue();
      RollCall known = rollCalls.get(id);
      if (known == null) {
        Object[] row = values.clone();
        row[date] = day;
        known = new RollCall(row, new BitSet());
        rollCalls.put(id, known);
      } else {
        for (int i : attributes) {
          Object value = i == date ? day : values[i];
          if (!Objects.equals(known.row[i], value)) {
            String name = COLUMNS.get(i).name();
            throw new RowProblem(name, i == date ? (String) values[i] : String.valueOf(value),
                "roll call " + id + " has " + name + " " + known.row[i] + " in its first row; every row of a roll"
                    + " call must agree");
          }
        }
        if (known.countries.get(country)) {
          throw new RowProblem("rcid+ccode", "[" + id + ", " + country + "]", "duplicate key");
        }
      }
      known.countries.set(country);
    }

    private LocalDate date(String text) {
      if (text == null) {
        return null;
      }
      LocalDate d = dates.get(text);
      if (d == null) {
        try {
          d = (LocalDate) DATE.parse(text);
        } catch (IllegalArgumentException e) {
          throw new RowProblem("date", text, e.getMessage());
        }
        dates.put(text, d);
      }
      return d;
    }

    /** The roll-call row of an rcid that passed, date parsed. */
    Object[] row(Long id) {
      return rollCalls.get(id).row;
    }
  }

  /** Passes rows on as votes, and the first row of each roll call also as a roll call. */
  private static final class Splitter implements RowSink {
    private final RowSink target;
    private final RollCallRule rule;
    private final Set<Long> rollCalls = new HashSet<>();
    private final int rcid = FILE_AS_VOTES.index("rcid");

    Splitter(RowSink target, RollCallRule rule) {
      this.target = target;
      this.rule = rule;
    }

    @Override
    public void begin(String dataset, String variant, String version) {
      target.begin(dataset, variant, version);
    }

    @Override
    public void row(Layout layout, Object[] values) {
      target.row(layout, values);
      Long id = (Long) values[rcid];
      if (rollCalls.add(id)) {
        target.row(FILE_AS_ROLLCALLS, rule.row(id));
      }
    }

    @Override
    public void reject(Reject reject) {
      target.reject(reject);
    }
  }
}
