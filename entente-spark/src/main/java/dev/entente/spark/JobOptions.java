package dev.entente.spark;

import dev.entente.analysis.events.EventAggregation;
import dev.entente.domain.GoldsteinScale;
import dev.entente.domain.QuadConvention;
import dev.entente.error.UserInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The command line of {@link EventAggregationJob}; the options mean what they mean in
 * {@code entente events aggregate}, and the defaults are the same.
 *
 * @param inputs the event files or directories ({@code --input}, comma-separated or repeated)
 * @param format {@code gdelt1}, {@code gdelt2} or {@code icews}: which importer's layouts the files must have
 * @param spec the aggregation ({@code --by}, {@code --directed}, {@code --years}, {@code --quad}, {@code --goldstein})
 * @param out the output directory ({@code --out}): {@code aggregate.csv} and/or {@code aggregate.parquet}
 * @param writes {@code csv}, {@code parquet} or both ({@code --write}, default csv)
 */
record JobOptions(List<Path> inputs, String format, EventAggregation.Spec spec, Path out, Set<String> writes) {

  static final String USAGE = "usage: spark-submit --class dev.entente.spark.EventAggregationJob entente-spark-VERSION-job.jar"
      + " --input PATHS --format gdelt1|gdelt2|icews --years A-B --out DIR [--by dyad-year|dyad-month] [--directed]"
      + " [--quad gdelt|icews|phoenix] [--goldstein gdelt|icews|phoenix|as-coded] [--write csv|parquet|csv,parquet]";

  /**
   * Parses the arguments.
   *
   * @throws UserInputException naming the first problem
   */
  static JobOptions parse(String... args) {
    List<Path> inputs = new ArrayList<>();
    String format = null;
    String by = "dyad-year";
    boolean directed = false;
    String years = null;
    String quad = "gdelt";
    String goldstein = "gdelt";
    Path out = null;
    Set<String> writes = new LinkedHashSet<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--directed")) {
        directed = true;
        continue;
      }
      if (i + 1 >= args.length || !a.startsWith("--")) {
        throw new UserInputException(a.startsWith("--") ? a + " needs a value" : "unexpected argument '" + a + "'; " + USAGE);
      }
      String v = args[++i];
      switch (a) {
        case "--input" -> {
          for (String p : v.split(",")) {
            inputs.add(Path.of(p));
          }
        }
        case "--format" -> format = v.toLowerCase(Locale.ROOT);
        case "--by" -> by = v;
        case "--years" -> years = v;
        case "--quad" -> quad = v;
        case "--goldstein" -> goldstein = v;
        case "--out" -> out = Path.of(v);
        case "--write" -> {
          for (String w : v.toLowerCase(Locale.ROOT).split(",")) {
            if (!w.equals("csv") && !w.equals("parquet")) {
              throw new UserInputException("--write " + v + " is not allowed (allowed: csv, parquet, csv,parquet)");
            }
            writes.add(w);
          }
        }
        default -> throw new UserInputException("unknown option " + a + "; " + USAGE);
      }
    }
    if (inputs.isEmpty() || format == null || years == null || out == null) {
      throw new UserInputException("--input, --format, --years and --out are required; " + USAGE);
    }
    if (!List.of("gdelt1", "gdelt2", "icews").contains(format)) {
      throw new UserInputException("--format " + format + " is not allowed (allowed: gdelt1, gdelt2, icews)");
    }
    if (!years.matches("\\d{4}-\\d{4}")) {
      throw new UserInputException("--years '" + years + "' is not a range of years (expected e.g. 1979-2024)");
    }
    try {
      EventAggregation.Spec spec = new EventAggregation.Spec(EventAggregation.Period.parse(by), directed,
          Integer.parseInt(years.substring(0, 4)), Integer.parseInt(years.substring(5)), QuadConvention.parse(quad),
          GoldsteinScale.parse(goldstein), List.of(format));
      return new JobOptions(List.copyOf(inputs), format, spec, out, writes.isEmpty() ? Set.of("csv")
          : java.util.Collections.unmodifiableSet(writes));
    } catch (IllegalArgumentException e) {
      throw new UserInputException(e.getMessage());
    }
  }
}
