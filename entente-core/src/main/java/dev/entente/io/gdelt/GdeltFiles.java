package dev.entente.io.gdelt;

import dev.entente.io.events.EventFiles;
import dev.entente.io.events.EventInput;
import java.nio.file.Path;
import java.util.List;

/**
 * The GDELT files of the paths given to {@code entente import gdelt}: each file as given, or the files of a
 * directory whose names end in {@code .csv}, {@code .tsv} or {@code .txt}, optionally followed by {@code .gz} or
 * {@code .zip} ({@code 20141124.export.CSV.zip}, {@code 20150218230000.export.CSV.zip}), each with its layout
 * detected from its first line.
 */
public final class GdeltFiles {

  private GdeltFiles() {}

  /** The files and their layouts. */
  public static List<EventInput> find(List<Path> paths) {
    return EventFiles.find(paths, ".*\\.(csv|tsv|txt)(\\.gz|\\.zip)?", "GDELT export files (*.CSV, *.CSV.zip, *.csv.gz)",
        GdeltLayout::detect);
  }
}
