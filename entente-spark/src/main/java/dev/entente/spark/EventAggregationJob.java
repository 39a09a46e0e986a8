package dev.entente.spark;

import dev.entente.analysis.events.EventAggregation;
import dev.entente.error.DataFileException;
import dev.entente.error.EntenteException;
import dev.entente.io.cameo.AggregationTables;
import dev.entente.io.events.EventInput;
import dev.entente.io.gdelt.GdeltFiles;
import dev.entente.io.icews.IcewsFiles;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code entente events aggregate} as an Apache Spark job, for event archives beyond one machine: reads raw GDELT
 * 1.0/2.0 or ICEWS files ({@link SparkEvents}, the importers' layouts and duplicate rule) and runs entente-core's
 * {@link EventAggregation} on them unchanged, through Spark SQL ({@link SparkEventTable}, {@link SparkDialect}).
 * The output equals the DuckDB path's (same rows, columns, number text and provenance counts): see docs/spark.md.
 *
 * <pre>
 * spark-submit --class dev.entente.spark.EventAggregationJob entente-spark-0.1.0-SNAPSHOT-job.jar \
 *     --input DIR_OR_FILES --format gdelt1 --years 1979-2024 --by dyad-year --out DIR [--write csv,parquet]
 * </pre>
 *
 * <p>Exit status 0 on success, 1 for a user error (one line on stderr: a bad option, a file that breaks its layout).
 */
public final class EventAggregationJob {

  private EventAggregationJob() {}

  /** Runs the job in the session spark-submit configures ({@code local[*]} when no master is set), then exits. */
  public static void main(String[] args) {
    int rc;
    try {
      JobOptions options = JobOptions.parse(args);
      SparkSession.Builder b = SparkSession.builder().appName("entente events aggregate");
      if (!new SparkConf().contains("spark.master")) {
        b = b.master("local[*]");
      }
      SparkSession spark = b.getOrCreate();
      try {
        rc = run(spark, options, System.out, System.err);
      } finally {
        spark.stop();
      }
    } catch (EntenteException e) {
      rc = userError(System.err, e);
    }
    System.exit(rc);
  }

  /** Prints a user error as one line on {@code err} (the job's face, like the CLI's) and returns exit status 1. */
  private static int userError(PrintStream err, EntenteException e) {
    err.println("entente-spark: " + e.getMessage());
    return 1;
  }

  /**
   * Reads, aggregates and writes; returns 0, or 1 after printing a user error on {@code err}.
   *
   * @return the exit status
   */
  static int run(SparkSession spark, JobOptions o, PrintStream out, PrintStream err) {
    try {
      Map<String, Path> written = aggregate(spark, o, out);
      written.forEach((f, p) -> out.println("  " + f + ": " + p.toAbsolutePath()));
      return 0;
    } catch (EntenteException e) {
      return userError(err, e);
    }
  }

  /** The output files, by format. */
  static Map<String, Path> aggregate(SparkSession spark, JobOptions o, PrintStream out) {
    long started = System.nanoTime();
    List<EventInput> inputs = o.format().equals("icews") ? IcewsFiles.find(o.inputs()) : GdeltFiles.find(o.inputs());
    for (EventInput in : inputs) {
      if (!in.layout().dataset().equals(o.format())) {
        throw new DataFileException(in.file().toString(), 1, "", "", "has the layout " + in.layout().name()
            + " (dataset " + in.layout().dataset() + "), not a " + o.format() + " layout");
      }
    }
    Set<Path> seen = new HashSet<>();
    List<EventInput> distinct = inputs.stream().filter(i -> seen.add(i.file().toAbsolutePath().normalize())).toList();
    Dataset<Row> events = SparkEvents.read(spark, distinct);
    try {
      events.createOrReplaceTempView("events");
      List<String> datasets = new ArrayList<>();
      SparkEventTable.counts(events).forEach((d, n) -> datasets.add(SparkEventTable.datasetLine(d,
          distinct.stream().filter(i -> i.layout().dataset().equals(d)).map(EventInput::file).toList(), n)));
      SparkEventTable table = new SparkEventTable(spark, datasets);
      EventAggregation aggregation = new EventAggregation(table);
      Map<String, Path> written = new LinkedHashMap<>();
      for (String format : o.writes()) {
        Path file = o.out().resolve("aggregate." + format);
        EventAggregation.Result r = aggregation.run(o.spec(), AggregationTables.of(o.spec().quad(), o.spec().goldstein()),
            file, format);
        written.put(format, file);
        if (written.size() == 1) {
          out.printf(Locale.ROOT, "%,d of %,d events aggregated into %,d %ss; left out: %,d same-state, %,d with an"
              + " actor that maps to no state (%,d without a country code)%n", r.eventsUsed(), r.eventsInYears(),
              r.rows(), o.spec().by().label(), r.sameState(), r.unmapped(), r.noCountry());
        }
      }
      out.printf(Locale.ROOT, "Wrote %s in %.1f s.%n", String.join(" and ", written.keySet()),
          (System.nanoTime() - started) / 1e9);
      return written;
    } finally {
      events.unpersist();
    }
  }
}
