package dev.entente.io.icews;

import dev.entente.io.events.EventFiles;
import dev.entente.io.events.EventInput;
import java.nio.file.Path;
import java.util.List;

/**
 * The ICEWS files of the paths given to {@code entente import icews}: each file as given, or the files of a
 * directory named {@code *.tab}, {@code *.tsv} or {@code *.txt}, optionally {@code .gz} or {@code .zip}
 * ({@code events.2018.sample.tab}, {@code events.2015.20180710092545.tab.zip}); the header is checked.
 */
public final class IcewsFiles {

  private IcewsFiles() {}

  /** The files and their layout. */
  public static List<EventInput> find(List<Path> paths) {
    return EventFiles.find(paths, ".*\\.(tab|tsv|txt)(\\.gz|\\.zip)?", "ICEWS event files (*.tab, *.tab.zip)",
        IcewsLayout::detect);
  }
}
