package dev.entente.cli.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a {@link Table}: an aligned terminal table (long cells cut with an ellipsis), RFC 4180 CSV with a header
 * row, or a JSON array of objects. Missing values are empty in the table and CSV and {@code null} in JSON.
 */
public final class TableWriter {

  /** Widest a terminal-table cell may be before it is cut. */
  static final int MAX_WIDTH = 56;

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private TableWriter() {}

  public static String render(Table t, Format format) {
    return switch (format) {
      case table -> text(t);
      case csv -> csv(t);
      case json -> json(t);
    };
  }

  /** The value Jackson should write for a cell. */
  public static Object jsonValue(Object v) {
    if (v instanceof Cell c) {
      return c.json();
    }
    if (v instanceof TemporalAccessor || v instanceof dev.entente.domain.DatePoint) {
      return v.toString();
    }
    return v;
  }

  /** Any object as indented JSON, ending in a newline. */
  public static String toJson(Object value) {
    try {
      return JSON.writeValueAsString(value) + System.lineSeparator();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String json(Table t) {
    List<Map<String, Object>> out = new ArrayList<>();
    List<Integer> idx = visible(t, false);
    for (List<Object> row : t.rows()) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (int i : idx) {
        m.put(t.columns().get(i), jsonValue(row.get(i)));
      }
      out.add(m);
    }
    return toJson(out);
  }

  private static String csv(Table t) {
    StringBuilder b = new StringBuilder();
    List<Integer> idx = visible(t, false);
    appendCsvRow(b, idx.stream().map(i -> (Object) t.columns().get(i)).toList());
    for (List<Object> row : t.rows()) {
      appendCsvRow(b, idx.stream().map(row::get).toList());
    }
    return b.toString();
  }

  private static void appendCsvRow(StringBuilder b, List<Object> values) {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      String s = csvText(values.get(i));
      if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
        s = '"' + s.replace("\"", "\"\"") + '"';
      }
      b.append(s);
    }
    b.append("\n");
  }

  private static String csvText(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Cell c) {
      return c.csv();
    }
    if (v instanceof Double d) {
      return BigDecimal.valueOf(d).toPlainString();
    }
    return v.toString();
  }

  /** A number for reading: at most 4 decimals, without trailing zeros (CSV and JSON keep full precision). */
  static String readable(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return Double.toString(d);
    }
    String s = BigDecimal.valueOf(d).setScale(4, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    return s.equals("-0") ? "0" : s;
  }

  private static String text(Table t) {
    StringBuilder notes = new StringBuilder();
    for (String n : t.notes()) {
      notes.append(n).append(System.lineSeparator());
    }
    if (t.rows().isEmpty()) {
      return t.emptyMessage() + System.lineSeparator() + notes;
    }
    List<Integer> idx = visible(t, true);
    int[] width = new int[idx.size()];
    List<List<String>> cells = new ArrayList<>();
    for (int k = 0; k < idx.size(); k++) {
      width[k] = t.columns().get(idx.get(k)).length();
    }
    for (List<Object> row : t.rows()) {
      List<String> line = new ArrayList<>();
      for (int k = 0; k < idx.size(); k++) {
        Object v = row.get(idx.get(k));
        String s = v == null ? "" : v instanceof Cell c ? c.text() : v instanceof Double d ? readable(d) : v.toString();
        s = s.replace('\n', ' ');
        if (s.length() > MAX_WIDTH) {
          s = s.substring(0, MAX_WIDTH - 1) + "…";
        }
        width[k] = Math.max(width[k], s.length());
        line.add(s);
      }
      cells.add(line);
    }
    StringBuilder b = new StringBuilder();
    List<String> header = idx.stream().map(t.columns()::get).toList();
    appendLine(b, header, width);
    List<String> rule = new ArrayList<>();
    for (int w : width) {
      rule.add("-".repeat(w));
    }
    appendLine(b, rule, width);
    for (List<String> line : cells) {
      appendLine(b, line, width);
    }
    if (notes.length() > 0) {
      b.append(System.lineSeparator()).append(notes);
    }
    return b.toString();
  }

  private static void appendLine(StringBuilder b, List<String> cells, int[] width) {
    StringBuilder line = new StringBuilder();
    for (int k = 0; k < cells.size(); k++) {
      if (k > 0) {
        line.append("  ");
      }
      line.append(cells.get(k)).append(" ".repeat(width[k] - cells.get(k).length()));
    }
    b.append(line.toString().stripTrailing()).append(System.lineSeparator());
  }

  private static List<Integer> visible(Table t, boolean forTable) {
    List<Integer> idx = new ArrayList<>();
    for (int i = 0; i < t.columns().size(); i++) {
      String c = t.columns().get(i);
      if (forTable ? !t.dataOnly().contains(c) : !t.tableOnly().contains(c)) {
        idx.add(i);
      }
    }
    return idx;
  }
}
