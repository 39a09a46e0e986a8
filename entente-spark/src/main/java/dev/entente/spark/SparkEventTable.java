package dev.entente.spark;

import dev.entente.analysis.events.EventTable;
import dev.entente.error.UserInputException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The events read by Spark as entente-core's {@link EventTable}, so that {@code EventAggregation.run} (its SQL, its
 * counts of events left out, its provenance) runs unchanged on Spark: queries go through {@link SparkDialect} to
 * the temporary view {@code events}.
 *
 * <p>Output, never half a file: CSV is collected on the driver and written as DuckDB's writer does (the provenance
 * as {@code #} lines, the header, values with {@link CsvNumbers}, NULL as an empty field) to a temporary file that is
 * then moved into place; Parquet is written by Spark as a directory of part files (in row order) with the
 * provenance in {@code _provenance.txt}, into a temporary directory that is then renamed.
 */
final class SparkEventTable implements EventTable {

  private final SparkSession spark;
  private final List<String> datasets;

  /**
   * @param spark the session holding the view {@code events}
   * @param datasets one line per dataset for the provenance
   */
  SparkEventTable(SparkSession spark, List<String> datasets) {
    this.spark = spark;
    this.datasets = List.copyOf(datasets);
  }

  @Override
  public List<List<Object>> rows(String sql) {
    List<List<Object>> out = new ArrayList<>();
    for (Row r : spark.sql(SparkDialect.toSpark(sql)).collectAsList()) {
      List<Object> row = new ArrayList<>(r.size());
      for (int i = 0; i < r.size(); i++) {
        row.add(r.get(i));
      }
      out.add(row);
    }
    return out;
  }

  @Override
  public long write(String sql, Path out, String format, List<String> provenance) {
    Dataset<Row> result = spark.sql(SparkDialect.toSpark(sql));
    Path target = out.toAbsolutePath();
    try {
      Files.createDirectories(target.getParent());
      return format.equals("parquet") ? parquet(result, target, provenance) : csv(result, target, provenance);
    } catch (IOException e) {
      throw new UserInputException("cannot write " + out + ": " + e.getMessage(), e);
    }
  }

  private static long csv(Dataset<Row> result, Path target, List<String> provenance) throws IOException {
    Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
    long rows = 0;
    try {
      try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        for (String p : provenance) {
          w.write("# " + p.replace('\n', ' ') + "\n");
        }
        w.write(String.join(",", result.columns()) + "\n");
        Iterator<Row> it = result.toLocalIterator();
        StringBuilder b = new StringBuilder();
        while (it.hasNext()) {
          Row r = it.next();
          b.setLength(0);
          for (int i = 0; i < r.size(); i++) {
            b.append(i == 0 ? "" : ",").append(field(r.get(i)));
          }
          w.write(b.append('\n').toString());
          rows++;
        }
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return rows;
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** One CSV field as DuckDB writes it: NULL empty, doubles by {@link CsvNumbers}, quotes only where needed. */
  static String field(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Double d) {
      return CsvNumbers.format(d);
    }
    String s = v.toString();
    if (s.isEmpty() || s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
      return '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }

  private long parquet(Dataset<Row> result, Path target, List<String> provenance) throws IOException {
    // not a hidden name: Spark's reader ignores paths that start with a dot
    Path tmp = target.resolveSibling(target.getFileName() + ".partial-" + System.nanoTime());
    try {
      Dataset<Row> one = result.coalesce(1);
      one.write().mode(SaveMode.ErrorIfExists).parquet(tmp.toUri().toString());
      Files.write(tmp.resolve("_provenance.txt"), provenance.stream().map(p -> p.replace('\n', ' ')).toList(),
          StandardCharsets.UTF_8);
      long rows = spark.read().parquet(tmp.toUri().toString()).count();
      if (Files.exists(target)) {
        deleteAll(target);
      }
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      return rows;
    } finally {
      if (Files.exists(tmp)) {
        deleteAll(tmp);
      }
    }
  }

  private static void deleteAll(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Override
  public List<String> datasets() {
    return datasets;
  }

  /** The provenance line of one dataset: {@code gdelt1: 2 files, 1,355 events (read by Spark: a.CSV, b.csv.gz)}. */
  static String datasetLine(String dataset, List<Path> files, long events) {
    String names = String.join(" ", files.stream().map(p -> p.getFileName().toString()).toList());
    return String.format(Locale.ROOT, "%s: %d files, %d events (read by Spark: %s)", dataset, files.size(), events,
        names.length() <= 200 ? names : names.substring(0, 197) + "...");
  }

  /** Per dataset, the events kept. */
  static Map<String, Long> counts(Dataset<Row> events) {
    Map<String, Long> out = new java.util.TreeMap<>();
    for (Row r : events.groupBy("dataset").count().collectAsList()) {
      out.put(r.getString(0), r.getLong(1));
    }
    return out;
  }
}
