package dev.entente.cli.commands;

import dev.entente.io.gdelt.GdeltSynth;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code entente events synth --rows N --out DIR [--seed S] [--files K] [--years A-B] [--gzip]}. */
@Command(name = "synth", description = {
    "Write synthetic GDELT 1.0 daily-layout files (58 columns) with the real samples' actor-country and CAMEO-code",
    "frequencies, for tests and benchmarks. The same rows, seed and files give byte-identical files."})
public final class EventsSynthCommand extends ContextCommand {

  @Option(names = "--rows", paramLabel = "N", required = true, description = "Events to write.")
  long rows;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "The directory to write synth-NNNNN.export.CSV files into.")
  Path out;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(names = "--files", paramLabel = "K", defaultValue = "4", description = "Number of files (written in parallel). Default: ${DEFAULT-VALUE}.")
  int files;

  @Option(names = "--years", paramLabel = "A-B", defaultValue = "2015-2024", description = "Event dates, uniform over these years. Default: ${DEFAULT-VALUE}.")
  String years;

  @Option(names = "--gzip", description = "Gzip the files (.gz; slower to write and to read, about 8 times smaller). Default: plain.")
  boolean gzip;

  @Override
  public Integer call() {
    int[] range = years(years);
    long started = System.nanoTime();
    List<Path> written = new GdeltSynth().write(out, rows, files, seed, range[0], range[1], gzip);
    context.out().printf(Locale.ROOT, "Wrote %,d synthetic GDELT 1.0 events in %d file%s to %s in %.1f s (seed %d).%n",
        rows, written.size(), written.size() == 1 ? "" : "s", out.toAbsolutePath(), (System.nanoTime() - started) / 1e9, seed);
    context.out().flush();
    return 0;
  }
}
