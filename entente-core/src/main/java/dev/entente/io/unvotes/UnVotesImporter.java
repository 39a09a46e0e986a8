package dev.entente.io.unvotes;

import dev.entente.io.DatasetImporter;
import dev.entente.io.ImportOptions;
import dev.entente.io.ImportReport;
import dev.entente.io.RowSink;
import dev.entente.io.tabular.DatasetFiles;
import dev.entente.io.tabular.Layout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * UN General Assembly roll-call votes in two layouts. A directory argument imports every recognised file in it
 * (not in its sub-directories).
 *
 * <p><b>Voeten's published file</b> ({@code UNVotesPublished.csv} or {@code .csv.gz}; Voeten, Strezhnev &amp;
 * Bailey, Dataverse hdl:1902.1/12379, CC0), variant {@code published}: one row per country and roll call, header
 * {@code rcid,session,vote,ccode,member,importantvote,date,unres,me,nu,di,hr,co,ec,year}. It is split into
 * {@code unvote_votes} (rcid, ccode, vote, member; key rcid and ccode) and {@code unvote_rollcalls} (rcid, session,
 * date, unres, importantvote, the issue flags me/nu/di/hr/co/ec, year; key rcid), because the file repeats the
 * eleven roll-call columns on each of the ~197 rows of a roll call; join the two on rcid for the wide form. Checks:
 * the exact header; vote codes 1 yes, 2 abstain, 3 no, 8 absent, 9 not a member (anything else is a reject);
 * {@code ccode} from the COW state list (every one of the 200 codes of the 2016 file is a COW code, so no code is
 * allow-listed); {@code member}, {@code importantvote} and the issue flags 0 or 1; dates {@code m/d/yyyy} that exist;
 * {@code year} = 1945 + {@code session} (Voeten's year is the session's, not the vote's: 236 roll calls are dated in
 * the next calendar year, 2 in the one before); and every row of a roll call giving the same roll-call columns as its first good row (a
 * row that differs is a reject). Missing values are NULL, never 0: a blank cell (and {@code NA}, which the 2016 file
 * does not use) in {@code member} (blank on 252,298 non-member rows), {@code importantvote}, {@code date},
 * {@code unres} and the issue flags (roll call 4592 has no date, unres, importantvote or flags); and in {@code ec}
 * the garbled cell {@code 0\"} of roll call 1429 (197 rows), which is not a number and is loaded as unknown.
 * The file carries no version; it is the release of 2016 (sessions 1–70, votes to the end of 2015) that the
 * {@code unvotes} package fetched in July 2016, so the version is {@value #PUBLISHED_VERSION}.
 *
 * <p><b>The {@code unvotes} R package</b> (David Robinson; MIT), variant {@code unvotes-pkg}: its three data
 * frames written as CSV, {@code un_votes.csv(.gz)} ({@code rcid,country,country_code,vote}, vote yes/abstain/no;
 * the package drops absences and non-members), {@code un_roll_calls.csv}
 * ({@code rcid,session,importantvote,date,unres,amend,para,short,descr}, ISO dates) and
 * {@code un_roll_call_issues.csv} ({@code rcid,short_name,issue}), into {@code unvotes_pkg_votes} (key rcid and
 * country: the three states without an ISO code share a blank one), {@code unvotes_pkg_rollcalls} (key rcid) and
 * {@code unvotes_pkg_issues} (key rcid and short_name). Checks: exact headers; votes yes, abstain or no; ISO
 * alpha-2 codes of two capital letters; flags 0 or 1; real dates; issue names matching their short names
 * ({@link #ISSUES}); and, when the roll-call file is part of the same import, every rcid of the votes and issues
 * being one of its roll calls. Missing values are NULL: a blank cell ({@code country_code} of the Yemen Arab
 * Republic, Zanzibar and West Germany; {@code importantvote}, {@code amend}, {@code para}, {@code unres},
 * {@code short}, {@code descr}); {@code NA} only in the numeric columns, because {@code NA} in {@code country_code} is
 * Namibia. The files carry no version; they are the data of {@code unvotes} {@value #PKG_VERSION} (CRAN, 2021-03-09:
 * Voeten's 2020 Dataverse release, roll calls of sessions 1–74 up to 2020-01-14; the copy read here comes from
 * dgrtwo/unvotes@7eb7034, whose DESCRIPTION still says 0.2.0.9000, the development version released as 0.3.0), so
 * the version is {@value #PKG_VERSION}.
 */
public final class UnVotesImporter implements DatasetImporter {

  /** The variant of Voeten's published file. */
  public static final String PUBLISHED_VARIANT = "published";
  /** The version given to Voeten's published file, which has none of its own. */
  public static final String PUBLISHED_VERSION = "2016";
  /** The variant of the {@code unvotes} package's tables. */
  public static final String PKG_VARIANT = "unvotes-pkg";
  /** The {@code unvotes} package release whose data the package layout holds. */
  public static final String PKG_VERSION = "0.3.0";

  /** Voeten's vote codes. */
  public static final Map<Long, String> VOTE_CODES =
      Map.of(1L, "yes", 2L, "abstain", 3L, "no", 8L, "absent", 9L, "not a member");

  /** The issue short names of Voeten's flags and the {@code unvotes} issue table, with their names. */
  public static final Map<String, String> ISSUES = Map.of(
      "me", "Palestinian conflict",
      "nu", "Nuclear weapons and nuclear material",
      "di", "Arms control and disarmament",
      "hr", "Human rights",
      "co", "Colonialism",
      "ec", "Economic development");

  /** Voeten's country-votes. */
  public static final Layout VOTES = PublishedFile.VOTES;
  /** Voeten's roll calls, one row per rcid. */
  public static final Layout ROLLCALLS = PublishedFile.ROLLCALLS;
  /** The package's {@code un_votes}. */
  public static final Layout PKG_VOTES = PackageFiles.VOTES;
  /** The package's {@code un_roll_calls}. */
  public static final Layout PKG_ROLLCALLS = PackageFiles.ROLLCALLS;
  /** The package's {@code un_roll_call_issues}. */
  public static final Layout PKG_ISSUES = PackageFiles.ISSUES;

  private static final String EXPECTED =
      "UNVotesPublished.csv(.gz), un_votes.csv(.gz), un_roll_calls.csv(.gz), un_roll_call_issues.csv(.gz)";

  private final Set<Long> cowCodes;

  /** @param cowCodes the COW state codes that Voeten's {@code ccode} is checked against */
  public UnVotesImporter(Set<Long> cowCodes) {
    this.cowCodes = Set.copyOf(cowCodes);
  }

  @Override
  public String name() {
    return "unvotes";
  }

  @Override
  public String description() {
    return "UN General Assembly votes: Voeten's UNVotesPublished file and the unvotes R package's tables";
  }

  @Override
  public List<Layout> layouts() {
    return List.of(VOTES, ROLLCALLS, PKG_VOTES, PKG_ROLLCALLS, PKG_ISSUES);
  }

  @Override
  public List<ImportReport> read(Path path, ImportOptions options, RowSink sink) {
    List<Path> files = DatasetFiles.find(path, n -> isPublished(n) || PackageFiles.recognises(n), EXPECTED);
    List<ImportReport> reports = new ArrayList<>();
    List<Path> pkg = new ArrayList<>();
    for (Path f : files) {
      if (isPublished(DatasetFiles.lowerName(f))) {
        reports.add(new PublishedFile(cowCodes).load(f, name(), options, sink));
      } else {
        pkg.add(f);
      }
    }
    if (!pkg.isEmpty()) {
      reports.add(PackageFiles.load(pkg, name(), options, sink));
    }
    return reports;
  }

  private static boolean isPublished(String lowerName) {
    return lowerName.matches("unvotespublished[\\w.-]*\\.csv(\\.gz)?");
  }
}
