package dev.entente.io.unvotes;

import dev.entente.error.DataFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** The files an import argument names: the file itself, or the recognised files of a directory. */
final class DatasetFiles {

  private DatasetFiles() {}

  /**
   * @param recognised tests a lower-case file name
   * @param expected what a directory should hold, for the message when it holds none of it
   */
  static List<Path> of(Path path, Predicate<String> recognised, String expected) {
    if (!Files.exists(path)) {
      throw new DataFileException(path.toString(), 0, "", "", "no such file or directory");
    }
    if (!Files.isDirectory(path)) {
      if (!recognised.test(lowerName(path))) {
        throw new DataFileException(path.toString(), 0, "", "", "not a recognised file name (expected " + expected + ")");
      }
      return List.of(path);
    }
    try (Stream<Path> s = Files.list(path)) {
      List<Path> out = s.filter(p -> Files.isRegularFile(p) && recognised.test(lowerName(p))).sorted().toList();
      if (out.isEmpty()) {
        throw new DataFileException(path.toString(), 0, "", "", "holds no recognised file (expected " + expected + ")");
      }
      return out;
    } catch (IOException e) {
      throw new DataFileException(path.toString(), 0, "", "", "cannot be listed: " + e.getMessage());
    }
  }

  static String lowerName(Path p) {
    return p.getFileName().toString().toLowerCase(Locale.ROOT);
  }
}
