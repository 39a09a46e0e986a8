package dev.entente.io.events;

import dev.entente.error.DataFileException;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Opening event-data files that may be plain, gzipped ({@code .gz}, which DuckDB reads directly) or zipped
 * ({@code .zip}, one file inside, as GDELT ships them; unpacked to a temporary file for DuckDB). A damaged or
 * truncated archive is a {@link DataFileException} naming the file.
 */
public final class EventFiles {

  private EventFiles() {}

  /**
   * The files of {@code paths} (each a file, or a directory whose lower-case file names match {@code names}), in
   * order, each with the layout {@code detect} finds from its first line.
   *
   * @param expected what a directory should hold, for the message when it holds nothing that matches
   */
  public static List<EventInput> find(List<Path> paths, String names, String expected,
      BiFunction<Path, String, EventLayout> detect) {
    List<EventInput> out = new ArrayList<>();
    for (Path p : paths) {
      for (Path f : dev.entente.io.tabular.DatasetFiles.find(p, n -> n.matches(names), expected)) {
        out.add(new EventInput(f, detect.apply(f, f.toString())));
      }
    }
    return out;
  }

  /** Whether the file is a zip archive (by name). */
  public static boolean isZip(Path file) {
    return name(file).endsWith(".zip");
  }

  /** Whether the file is gzipped (by name). */
  public static boolean isGzip(Path file) {
    return name(file).endsWith(".gz");
  }

  private static String name(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT);
  }

  /**
   * The text of {@code file}, unpacked if it is an archive, as UTF-8 lines. Reading errors of a damaged archive
   * surface as {@link UncheckedIOException} from the reader; use {@link #damaged(Path, IOException)} to report them.
   */
  public static BufferedReader open(Path file) {
    try {
      InputStream in = Files.newInputStream(file);
      if (isGzip(file)) {
        in = new GZIPInputStream(in, 1 << 16);
      } else if (isZip(file)) {
        ZipInputStream zip = new ZipInputStream(in);
        ZipEntry entry = zip.getNextEntry();
        if (entry == null) {
          zip.close();
          throw new DataFileException(file.toString(), 0, "", "", "the zip archive holds no file (empty or damaged)");
        }
        in = zip;
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    } catch (IOException e) {
      throw damaged(file, e);
    }
  }

  /** The first line of the (unpacked) file, or an empty string for an empty file. */
  public static String firstLine(Path file) {
    try (BufferedReader r = open(file)) {
      String line = r.readLine();
      return line == null ? "" : line;
    } catch (IOException e) {
      throw damaged(file, e);
    }
  }

  /**
   * The file DuckDB should read: {@code file} itself, or for a zip archive its single entry unpacked into
   * {@code tempDir} (the caller deletes it).
   */
  public static Path readable(Path file, Path tempDir) {
    if (!isZip(file)) {
      return file;
    }
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
      ZipEntry entry = zip.getNextEntry();
      if (entry == null) {
        throw new DataFileException(file.toString(), 0, "", "", "the zip archive holds no file (empty or damaged)");
      }
      Path out = Files.createTempFile(tempDir, "entente-events-", ".tsv");
      Files.copy(zip, out, StandardCopyOption.REPLACE_EXISTING);
      if (zip.getNextEntry() != null) {
        Files.delete(out);
        throw new DataFileException(file.toString(), 0, "", "", "the zip archive holds more than one file"
            + " (entente reads archives of one export file, as GDELT ships them)");
      }
      return out;
    } catch (IOException e) {
      throw damaged(file, e);
    }
  }

  /** The message for an archive that cannot be read to its end. */
  public static DataFileException damaged(Path file, IOException e) {
    String why = e instanceof EOFException || e instanceof ZipException
        || String.valueOf(e.getMessage()).contains("Unexpected end")
        ? "the archive is truncated or damaged (" + e.getMessage() + ")"
        : "cannot be read: " + e.getMessage();
    return new DataFileException(file.toString(), 0, "", "", why);
  }
}
