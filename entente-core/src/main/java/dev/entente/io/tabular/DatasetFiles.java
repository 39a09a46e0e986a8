package dev.entente.io.tabular;

import dev.entente.error.DataFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Which files of a path an importer reads: the path itself, or the recognised files of a directory. */
public final class DatasetFiles {

  private DatasetFiles() {}

  /**
   * The given file, or the files of the directory whose lower-case names match {@code pattern} (not those of its
   * sub-directories), in name order.
   *
   * @param expected what the directory should hold, for the message when it holds nothing that matches
   */
  public static List<Path> find(Path path, Pattern pattern, String expected) {
    return find(path, n -> pattern.matcher(n).matches(), expected);
  }

  /**
   * The given file, or the files of the directory whose lower-case names {@code recognised} accepts, in name order.
   *
   * @param expected what the directory should hold, for the message when it holds nothing that matches
   */
  public static List<Path> find(Path path, Predicate<String> recognised, String expected) {
    if (!Files.exists(path)) {
      throw new DataFileException(path.toString(), 0, "", "", "no such file or directory");
    }
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    try (Stream<Path> s = Files.list(path)) {
      List<Path> out = s.filter(Files::isRegularFile).filter(p -> recognised.test(lowerName(p))).sorted().toList();
      if (out.isEmpty()) {
        throw new DataFileException(path.toString(), 0, "", "", "holds no " + expected);
      }
      return out;
    } catch (IOException e) {
      throw new DataFileException(path.toString(), 0, "", "", "cannot be listed: " + e.getMessage());
    }
  }

  /** A file's name in lower case. */
  public static String lowerName(Path p) {
    return p.getFileName().toString().toLowerCase(Locale.ROOT);
  }
}
