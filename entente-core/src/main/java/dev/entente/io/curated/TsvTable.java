package dev.entente.io.curated;

import dev.entente.error.DataFileException;
import java.util.ArrayList;
import java.util.List;

/**
 * A small tab-separated table with {@code #} comment lines and a fixed header, read strictly: the header must
 * match, every row must have as many cells as the header.
 *
 * @param file the file name, for messages
 * @param comments the comment lines, without the leading {@code #}
 * @param header the column names
 * @param rows the data rows, each with its line number
 */
record TsvTable(String file, List<String> comments, List<String> header, List<Row> rows) {

  /**
   * One data row.
   *
   * @param line the 1-based line number
   * @param cells the cells
   */
  record Row(int line, List<String> cells) {}

  static TsvTable read(String file, String text, List<String> expectedHeader) {
    List<String> comments = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    List<String> header = null;
    String[] lines = text.startsWith("\uFEFF") ? text.substring(1).split("\r?\n", -1) : text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.startsWith("#")) {
        comments.add(line.substring(1).strip());
        continue;
      }
      if (line.isBlank()) {
        continue;
      }
      List<String> cells = List.of(line.split("\t", -1));
      if (header == null) {
        if (!cells.equals(expectedHeader)) {
          throw new DataFileException(
              file, i + 1, "", line.replace('\t', ' '), "the header must be: " + String.join(" ", expectedHeader));
        }
        header = cells;
        continue;
      }
      if (cells.size() != header.size()) {
        throw new DataFileException(
            file, i + 1, "", line.replace('\t', ' '),
            "expected " + header.size() + " tab-separated columns, found " + cells.size());
      }
      rows.add(new Row(i + 1, cells));
    }
    if (header == null) {
      throw new DataFileException(file, 0, "", "", "no header line (expected: " + String.join(" ", expectedHeader) + ")");
    }
    return new TsvTable(file, comments, header, rows);
  }

  /** A cell by column name. */
  String cell(Row row, String column) {
    return row.cells().get(header.indexOf(column));
  }

  /** An error about a cell. */
  DataFileException error(Row row, String column, String rule) {
    return new DataFileException(file, row.line(), column, cell(row, column), rule);
  }
}
