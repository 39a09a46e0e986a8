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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The three tables of the {@code unvotes} R package, as CSV: {@code un_votes}, {@code un_roll_calls} and
 * {@code un_roll_call_issues}. See {@link UnVotesImporter} for the rules and missing codes.
 */
final class PackageFiles {

  static final Layout VOTES = new Layout("unvotes_pkg_votes",
      List.of(Column.requiredInt("rcid"), Column.text("country", true, ""),
          // blank only: "NA" is Namibia's ISO code, not a missing value
          Column.text("country_code", false, ""), Column.text("vote", true, "")),
      List.of("rcid", "country"));

  static final Layout ROLLCALLS = new Layout("unvotes_pkg_rollcalls",
      List.of(Column.requiredInt("rcid"), Column.requiredInt("session"), Column.optionalInt("importantvote", "", "NA"),
          Column.date("date", "uuuu-MM-dd", true, ""), Column.text("unres", false, ""),
          Column.optionalInt("amend", "", "NA"), Column.optionalInt("para", "", "NA"), Column.text("short", false, ""),
          Column.text("descr", false, "")),
      List.of("rcid"));

  static final Layout ISSUES = new Layout("unvotes_pkg_issues",
      List.of(Column.requiredInt("rcid"), Column.text("short_name", true, ""), Column.text("issue", true, "")),
      List.of("rcid", "short_name"));

  /** The votes the package keeps (it drops Voeten's absent and non-member rows). */
  private static final Set<String> VOTES_CAST = Set.of("yes", "abstain", "no");

  private PackageFiles() {}

  /** Whether a (lower-case) file name is one of the package's tables. */
  static boolean recognises(String name) {
    return name.matches("un_(votes|roll_calls|roll_call_issues)\\.csv(\\.gz)?");
  }

  /**
   * Loads the package's files as one import: the roll calls first, so that the votes and issues can be checked
   * against them when they are part of the same import.
   */
  static ImportReport load(List<Path> files, String dataset, ImportOptions options, RowSink sink) {
    List<Path> ordered = new ArrayList<>(files);
    ordered.sort(Comparator.comparingInt(PackageFiles::order));
    Set<Long> rollCalls = new HashSet<>();
    boolean haveRollCalls = false;
    List<ImportReport.FileReport> reports = new ArrayList<>();
    for (Path f : ordered) {
      Layout layout = layoutOf(f);
      RowSink target = sink;
      RowRule rule;
      if (layout == ROLLCALLS) {
        haveRollCalls = true;
        target = new Recording(sink, rollCalls);
        rule = rollCallRule();
      } else {
        RowRule known = haveRollCalls ? knownRollCall(rollCalls) : RowRule.none();
        rule = DateParts.all(layout == VOTES ? voteRule() : issueRule(), known);
      }
      reports.add(new TabularFile(layout, ',', StandardCharsets.UTF_8, rule, v -> UnVotesImporter.PKG_VERSION)
          .load(f, dataset, UnVotesImporter.PKG_VARIANT, options, target));
    }
    return new ImportReport(dataset, UnVotesImporter.PKG_VARIANT, UnVotesImporter.PKG_VERSION, reports);
  }

  private static int order(Path f) {
    Layout l = layoutOf(f);
    return l == ROLLCALLS ? 0 : l == VOTES ? 1 : 2;
  }

  private static Layout layoutOf(Path f) {
    String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
    if (n.startsWith("un_votes")) {
      return VOTES;
    }
    return n.startsWith("un_roll_call_issues") ? ISSUES : ROLLCALLS;
  }

  private static RowRule voteRule() {
    return v -> {
      String vote = (String) v[3];
      if (!VOTES_CAST.contains(vote)) {
        throw new RowProblem("vote", vote, "a vote is yes, abstain or no");
      }
      String code = (String) v[2];
      if (code != null && !isIso2(code)) {
        throw new RowProblem("country_code", code, "an ISO 3166-1 alpha-2 code is two capital letters");
      }
    };
  }

  private static boolean isIso2(String code) {
    return code.length() == 2 && code.charAt(0) >= 'A' && code.charAt(0) <= 'Z' && code.charAt(1) >= 'A'
        && code.charAt(1) <= 'Z';
  }

  private static RowRule rollCallRule() {
    return v -> {
      long session = (Long) v[1];
      if (session < 1) {
        throw new RowProblem("session", String.valueOf(session), "a session is 1 or more");
      }
      for (int i : new int[] {2, 5, 6}) {
        Long flag = (Long) v[i];
        if (flag != null && flag != 0 && flag != 1) {
          throw new RowProblem(ROLLCALLS.columns().get(i).name(), String.valueOf(flag), "a flag is 0 or 1");
        }
      }
    };
  }

  private static RowRule issueRule() {
    return v -> {
      String shortName = (String) v[1];
      String issue = UnVotesImporter.ISSUES.get(shortName);
      if (issue == null) {
        throw new RowProblem("short_name", shortName, "an issue is one of " + String.join(", ",
            UnVotesImporter.ISSUES.keySet().stream().sorted().toList()));
      }
      if (!issue.equals(v[2])) {
        throw new RowProblem("issue", (String) v[2], "the issue " + shortName + " is called '" + issue + "'");
      }
    };
  }

  private static RowRule knownRollCall(Set<Long> rollCalls) {
    return v -> {
      if (!rollCalls.contains((Long) v[0])) {
        throw new RowProblem("rcid", String.valueOf(v[0]), "not a roll call of un_roll_calls");
      }
    };
  }

  /** Passes rows on and remembers the rcids loaded. */
  private record Recording(RowSink target, Set<Long> rcids) implements RowSink {
    @Override
    public void begin(String dataset, String variant, String version) {
      target.begin(dataset, variant, version);
    }

    @Override
    public void row(Layout layout, Object[] values) {
      target.row(layout, values);
      rcids.add((Long) values[0]);
    }

    @Override
    public void reject(Reject reject) {
      target.reject(reject);
    }
  }
}
