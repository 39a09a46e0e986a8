package dev.entente.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.analysis.events.EventAggregation;
import dev.entente.io.cameo.AggregationTables;
import dev.entente.io.events.EventInput;
import dev.entente.io.gdelt.GdeltFiles;
import dev.entente.io.icews.IcewsFiles;
import dev.entente.store.duckdb.DuckDbStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The same event files aggregated by the DuckDB path ({@code entente import} + {@code entente events aggregate}: a
 * real store in a temporary directory) and by the Spark job, and the two outputs compared.
 */
final class BothPaths {

  /** The two outputs' lines: provenance lines ({@code #}) and data lines (header first). */
  record Outputs(List<String> duckdbData, List<String> sparkData, List<String> duckdbNotes, List<String> sparkNotes,
      Path duckdb, Path spark, double duckdbSeconds, double sparkSeconds) {

    /** Asserts the same header and rows, in the same order, with the same text, and the same counts left out. */
    void assertIdentical() {
      assertThat(sparkData).hasSize(duckdbData.size());
      assertThat(sparkData).containsExactlyElementsOf(duckdbData);
      assertThat(note(sparkNotes, "events in the years")).isEqualTo(note(duckdbNotes, "events in the years"));
      assertThat(note(sparkNotes, "most frequent unmapped")).isEqualTo(note(duckdbNotes, "most frequent unmapped"));
    }

    private static String note(List<String> notes, String start) {
      return notes.stream().filter(n -> n.startsWith("# " + start)).findFirst().orElse("(none)");
    }
  }

  private BothPaths() {}

  /** Imports {@code files} into a fresh store and aggregates to {@code dir/duckdb.FORMAT}; the Spark job to {@code dir/spark}. */
  static Outputs run(Path dir, String format, List<Path> files, String... jobArgs) {
    List<String> args = new ArrayList<>(List.of(jobArgs));
    JobOptions o = JobOptions.parse(withDefaults(args, dir, format, files));
    long t0 = System.nanoTime();
    Path duck = dir.resolve("duckdb.csv");
    try (DuckDbStore store = DuckDbStore.open(dir.resolve("store.duckdb"), false)) {
      List<EventInput> inputs = format.equals("icews") ? IcewsFiles.find(files) : GdeltFiles.find(files);
      store.importEvents(inputs);
      new EventAggregation(store.events()).run(o.spec(), AggregationTables.of(o.spec().quad(), o.spec().goldstein()),
          duck, "csv");
    }
    double duckSeconds = (System.nanoTime() - t0) / 1e9;
    long t1 = System.nanoTime();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int rc = EventAggregationJob.run(LocalSpark.session(), o, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(rc).as(err.toString(StandardCharsets.UTF_8)).isZero();
    double sparkSeconds = (System.nanoTime() - t1) / 1e9;
    Path sp = o.out().resolve("aggregate.csv");
    return new Outputs(data(duck, false), data(sp, false), data(duck, true), data(sp, true), duck, sp, duckSeconds,
        sparkSeconds);
  }

  private static String[] withDefaults(List<String> args, Path dir, String format, List<Path> files) {
    args.addAll(List.of("--format", format, "--out", dir.resolve("spark").toString(), "--input",
        String.join(",", files.stream().map(Path::toString).toList())));
    if (!args.contains("--years")) {
      args.addAll(List.of("--years", "1979-2024"));
    }
    return args.toArray(new String[0]);
  }

  /** The data lines (header and rows) or the provenance lines of a CSV output. */
  static List<String> data(Path csv, boolean notes) {
    try {
      return Files.readAllLines(csv, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("#") == notes).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
