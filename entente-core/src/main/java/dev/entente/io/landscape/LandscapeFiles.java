package dev.entente.io.landscape;

import dev.entente.analysis.landscape.Landscape;
import dev.entente.error.DataFileException;
import dev.entente.io.tabular.Column;
import dev.entente.io.tabular.ColumnType;
import dev.entente.io.tabular.CsvReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Reads a {@link Landscape} from two UTF-8 CSV files (RFC 4180, read by {@link CsvReader}):
 *
 * <ul>
 *   <li>sizes, header {@code actor,size}: one row per actor, the actors in the order of the file (the first one is
 *       on side A of every configuration); a size is a finite number ≥ 0;
 *   <li>propensities, header {@code actor1,actor2,propensity}: one row per unordered pair of the sizes file's
 *       actors, either order, a finite number (the matrix is symmetric by construction).
 * </ul>
 *
 * <p>Lines whose first field starts with {@code #} are comments; blank lines are skipped. Every problem is a
 * {@link DataFileException} naming the file, line, column, value and rule: a wrong header, a wrong number of
 * columns, a value that is not a number, a negative size, a duplicate actor, an actor not in the sizes file, a self
 * pair, a duplicate pair, and (line 0) a missing pair. Nothing is returned until both files are read completely.
 */
public final class LandscapeFiles {

  private static final Column ACTOR = Column.text("actor", true, "");
  private static final Column ACTOR1 = Column.text("actor1", true, "");
  private static final Column ACTOR2 = Column.text("actor2", true, "");
  private static final Column SIZE = new Column("size", ColumnType.REAL, Set.of(""), true);
  private static final Column PROPENSITY = new Column("propensity", ColumnType.REAL, Set.of(""), true);

  private LandscapeFiles() {}

  /** Reads both files. */
  public static Landscape read(Path sizesFile, Path propensitiesFile) {
    Map<String, Double> sizes = new LinkedHashMap<>();
    String sizesName = sizesFile.getFileName().toString();
    rows(sizesFile, List.of(ACTOR, SIZE), (values, line) -> {
      String actor = ((String) values[0]).strip();
      double size = (Double) values[1];
      if (size < 0) {
        throw new DataFileException(sizesName, line, "size", String.valueOf(values[1]), "a size must be >= 0");
      }
      if (sizes.put(actor, size) != null) {
        throw new DataFileException(sizesName, line, "actor", actor, "duplicate actor");
      }
    });
    if (sizes.size() < 2) {
      throw new DataFileException(sizesName, 0, "", "", "a landscape needs at least 2 actors, found " + sizes.size());
    }
    List<String> actors = new ArrayList<>(sizes.keySet());
    Map<String, Integer> index = new HashMap<>();
    actors.forEach(a -> index.put(a, index.size()));
    int n = actors.size();
    double[][] p = new double[n][n];
    int[][] seenOn = new int[n][n];
    String name = propensitiesFile.getFileName().toString();
    rows(propensitiesFile, List.of(ACTOR1, ACTOR2, PROPENSITY), (values, line) -> {
      int i = actor(index, values[0], "actor1", name, line, sizesName);
      int j = actor(index, values[1], "actor2", name, line, sizesName);
      String pair = actors.get(i) + "-" + actors.get(j);
      if (i == j) {
        throw new DataFileException(name, line, "actor2", actors.get(j),
            "self pair " + pair + " (an actor has no propensity with itself)");
      }
      if (seenOn[i][j] > 0) {
        throw new DataFileException(name, line, "actor2", actors.get(j),
            "duplicate pair " + pair + " (first given on line " + seenOn[i][j] + ")");
      }
      seenOn[i][j] = line;
      seenOn[j][i] = line;
      p[i][j] = (Double) values[2];
      p[j][i] = p[i][j];
    });
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (seenOn[i][j] == 0) {
          throw new DataFileException(name, 0, "", "", "pair " + actors.get(i) + "-" + actors.get(j) + " is missing"
              + " (one row per unordered pair of the " + n + " actors of " + sizesName + " is required)");
        }
      }
    }
    double[] s = actors.stream().mapToDouble(sizes::get).toArray();
    return new Landscape(actors, s, p);
  }

  private static int actor(Map<String, Integer> index, Object value, String column, String file, int line,
      String sizesName) {
    String a = ((String) value).strip();
    Integer i = index.get(a);
    if (i == null) {
      throw new DataFileException(file, line, column, a, "not an actor of " + sizesName);
    }
    return i;
  }

  /** Reads the data rows of one file against its columns, skipping comments and blank lines. */
  private static void rows(Path file, List<Column> columns, BiConsumer<Object[], Integer> row) {
    String name = file.getFileName().toString();
    List<String> expected = columns.stream().map(Column::name).toList();
    try (CsvReader csv = CsvReader.open(file, ',', StandardCharsets.UTF_8)) {
      List<String> header = next(csv);
      if (header == null) {
        throw new DataFileException(name, 0, "", "", "the file is empty (expected the header "
            + String.join(",", expected) + ")");
      }
      if (!header.stream().map(String::strip).toList().equals(expected)) {
        throw new DataFileException(name, csv.recordLine(), "", String.join(",", header),
            "wrong header: expected " + String.join(",", expected));
      }
      List<String> fields;
      while ((fields = next(csv)) != null) {
        int line = csv.recordLine();
        if (fields.size() != columns.size()) {
          throw new DataFileException(name, line, "", fields.size() + " columns",
              "expected " + columns.size() + " columns, found " + fields.size());
        }
        Object[] values = new Object[fields.size()];
        for (int k = 0; k < values.length; k++) {
          try {
            values[k] = columns.get(k).parse(fields.get(k));
          } catch (IllegalArgumentException e) {
            throw new DataFileException(name, line, columns.get(k).name(), fields.get(k), e.getMessage());
          }
        }
        row.accept(values, line);
      }
    }
  }

  /** The next record that is neither blank nor a comment, or null at the end. */
  private static List<String> next(CsvReader csv) {
    List<String> fields;
    do {
      fields = csv.next();
    } while (fields != null && (fields.isEmpty() || fields.get(0).stripLeading().startsWith("#")));
    return fields;
  }
}
