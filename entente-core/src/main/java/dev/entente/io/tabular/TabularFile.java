package dev.entente.io.tabular;

import dev.entente.error.DataFileException;
import dev.entente.io.ImportOptions;
import dev.entente.io.ImportReport;
import dev.entente.io.Reject;
import dev.entente.io.RowSink;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Loads one delimited file against a {@link Layout}: checks the header, the column count, every cell's type, the
 * dataset's own rules and the key; streams good rows to a {@link RowSink}. In strict mode the first problem throws
 * a {@link DataFileException} naming file, line, column, value and rule; in lenient mode each bad row becomes a
 * {@link Reject} and the rest load.
 *
 * @param layout the expected layout
 * @param separator {@code ','} or {@code '\t'}
 * @param charset the file's encoding
 * @param rule the dataset's own checks
 * @param version how to read the dataset version from a parsed row (the same for every row)
 */
public record TabularFile(
    Layout layout, char separator, Charset charset, RowRule rule, Function<Object[], String> version) {

  public TabularFile {
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(version, "version");
  }

  /**
   * Loads the file.
   *
   * @param dataset the dataset name, for {@link RowSink#begin}
   * @param variant the variant, for {@link RowSink#begin}
   */
  public ImportReport.FileReport load(Path file, String dataset, String variant, ImportOptions options, RowSink sink) {
    String name = file.getFileName().toString();
    String sha = sha256(file);
    long read = 0;
    long loaded = 0;
    long rejected = 0;
    String fileVersion = null;
    Set<List<Object>> keys = new HashSet<>();
    int[] keyIndex = layout.key().stream().mapToInt(layout::index).toArray();
    try (CsvReader csv = CsvReader.open(file, separator, charset)) {
      List<String> header = csv.next();
      if (header == null) {
        throw new DataFileException(name, 1, "", "", "the file is empty (expected the header "
            + String.join(",", layout.header()) + ")");
      }
      header = header.stream().map(String::strip).toList();
      if (!header.equals(layout.header())) {
        throw new DataFileException(name, 1, "", abbreviate(String.join(",", header)),
            "wrong header for " + dataset + " " + layout.table() + ": expected " + abbreviate(String.join(",", layout.header())));
      }
      List<String> fields;
      while ((fields = csv.next()) != null) {
        int line = csv.recordLine();
        if (fields.isEmpty()) {
          continue;
        }
        read++;
        try {
          Object[] values = parse(fields, line, name);
          rule.check(values);
          String v = version.apply(values);
          if (fileVersion == null) {
            fileVersion = v;
            sink.begin(dataset, variant, v);
          } else if (!fileVersion.equals(v)) {
            throw new RowProblem("version", v, "every row must have the version of the first row (" + fileVersion + ")");
          }
          if (keyIndex.length > 0) {
            List<Object> key = new ArrayList<>(keyIndex.length);
            for (int i : keyIndex) {
              key.add(values[i]);
            }
            if (!keys.add(key)) {
              throw new RowProblem(String.join("+", layout.key()), key.toString(), "duplicate key");
            }
          }
          sink.row(layout, values);
          loaded++;
        } catch (RowProblem p) {
          if (!options.lenient()) {
            throw new DataFileException(name, line, p.column(), p.value(), p.getMessage());
          }
          sink.reject(new Reject(name, line, p.column(), p.value(), p.getMessage()));
          rejected++;
        }
      }
    }
    if (fileVersion == null && rejected == 0) {
      throw new DataFileException(name, 0, "", "", "the file has a header but no data rows");
    }
    return new ImportReport.FileReport(
        file.toString(), layout.table(), fileVersion == null ? "" : fileVersion, sha, read, loaded, rejected);
  }

  private Object[] parse(List<String> fields, int line, String name) {
    if (fields.size() != layout.columns().size()) {
      throw new RowProblem("", fields.size() + " columns",
          "expected " + layout.columns().size() + " columns, found " + fields.size());
    }
    Object[] values = new Object[fields.size()];
    for (int i = 0; i < values.length; i++) {
      Column c = layout.columns().get(i);
      try {
        values[i] = c.parse(fields.get(i));
      } catch (IllegalArgumentException e) {
        throw new RowProblem(c.name(), fields.get(i), e.getMessage());
      }
    }
    return values;
  }

  private static String abbreviate(String s) {
    return s.length() <= 120 ? s : s.substring(0, 117) + "...";
  }

  /** The SHA-256 of a file's bytes, as lower-case hex. */
  public static String sha256(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      int n;
      while ((n = in.read(buf)) > 0) {
        md.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (IOException e) {
      throw new DataFileException(file.toString(), 0, "", "", "cannot be read: " + e.getMessage());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Columns of the same type in one call: {@code ints("a", "b")}. */
  public static List<Column> optionalInts(String... names) {
    return Arrays.stream(names).map(n -> Column.optionalInt(n, "")).toList();
  }
}
