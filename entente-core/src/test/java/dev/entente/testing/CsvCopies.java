package dev.entente.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Corrupted copies of a real CSV file, made by a test in its temporary directory (never committed): one field, one
 * line or a few bytes changed. Lines are physical lines, 1 = the header; the files edited this way have no line
 * breaks inside quoted fields.
 */
public final class CsvCopies {

  private CsvCopies() {}

  /** The file's lines, without their line ends. */
  public static List<String> lines(Path file) {
    try {
      return Arrays.asList(Files.readString(file, StandardCharsets.UTF_8).split("\n", -1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The value of a column on a line. */
  public static String field(Path file, int line, String column) {
    List<String> lines = lines(file);
    return fields(lines.get(line - 1)).get(fields(lines.get(0)).indexOf(column));
  }

  /** A copy of {@code source} at {@code target} with the line edited (the edit sees and returns its fields). */
  public static Path editFields(Path source, Path target, int line, UnaryOperator<List<String>> edit) {
    return editLine(source, target, line, l -> join(edit.apply(new ArrayList<>(fields(l)))));
  }

  /** A copy of {@code source} at {@code target} with one column's value on one line replaced. */
  public static Path replaceField(Path source, Path target, int line, String column, String value) {
    int i = fields(lines(source).get(0)).indexOf(column);
    if (i < 0) {
      throw new IllegalArgumentException(column + " is not a column of " + source);
    }
    return editFields(source, target, line, f -> {
      f.set(i, value);
      return f;
    });
  }

  /** A copy of {@code source} at {@code target} with one line edited as text. */
  public static Path editLine(Path source, Path target, int line, UnaryOperator<String> edit) {
    List<String> lines = new ArrayList<>(lines(source));
    lines.set(line - 1, edit.apply(lines.get(line - 1)));
    return write(target, String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
  }

  /** A copy of {@code source} at {@code target} with raw bytes put at the start of a line's second field. */
  public static Path insertBytes(Path source, Path target, int line, byte... bytes) {
    try {
      byte[] all = Files.readAllBytes(source);
      int at = 0;
      for (int l = 1; l < line; at++) {
        if (all[at] == '\n') {
          l++;
        }
      }
      while (all[at] != ',') {
        at++;
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.write(all, 0, at + 1);
      out.write(bytes);
      out.write(all, at + 1, all.length - at - 1);
      return write(target, out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fields of one CSV line (RFC 4180 quoting). */
  public static List<String> fields(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        f.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        out.add(f.toString());
        f.setLength(0);
      } else {
        f.append(c);
      }
    }
    out.add(f.toString());
    return out;
  }

  /** One CSV line from fields, quoting those that need it. */
  public static String join(List<String> fields) {
    List<String> out = new ArrayList<>();
    for (String f : fields) {
      out.add(f.contains(",") || f.contains("\"") ? "\"" + f.replace("\"", "\"\"") + "\"" : f);
    }
    return String.join(",", out);
  }

  private static Path write(Path target, byte[] bytes) {
    try {
      Files.createDirectories(target.getParent());
      return Files.write(target, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
