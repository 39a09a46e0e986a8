package dev.entente.spark;

import dev.entente.io.events.EventLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a layout's file is read, taken from the {@code read_csv} options the DuckDB path uses
 * ({@link EventLayout#readCsvOptions()}), so that both readers follow one description: delimiter, header, quoting,
 * the strings that mean missing, and each column's declared type.
 *
 * @param delimiter tab or comma
 * @param header whether the first line is a header
 * @param quoted whether fields may be double-quoted ({@code ""} inside)
 * @param nulls the values that mean missing ({@code ''}, {@code NA})
 * @param types column name to DuckDB type ({@code BIGINT}, {@code VARCHAR}...), in file order
 */
record CsvOptions(char delimiter, boolean header, boolean quoted, List<String> nulls, Map<String, String> types) {

  private static final Pattern DELIM = Pattern.compile("delim = '(\\\\t|,)'");
  private static final Pattern HEADER = Pattern.compile("header = (true|false)");
  private static final Pattern QUOTE = Pattern.compile("quote = '(\"?)'");
  private static final Pattern NULLS = Pattern.compile("nullstr = (\\[[^\\]]*\\]|'[^']*')");
  private static final Pattern COLUMN = Pattern.compile("'([^']+)': '([A-Z]+)'");

  /**
   * The options of {@code layout}.
   *
   * @throws IllegalStateException when the options hold something this reader does not know (a change in
   *     entente-core that the Spark job must follow)
   */
  static CsvOptions of(EventLayout layout) {
    String o = layout.readCsvOptions();
    List<String> nulls = new ArrayList<>();
    Matcher n = Pattern.compile("'([^']*)'").matcher(find(NULLS, o, layout));
    while (n.find()) {
      nulls.add(n.group(1));
    }
    Map<String, String> types = new LinkedHashMap<>();
    Matcher c = COLUMN.matcher(o.substring(o.indexOf("columns = {")));
    while (c.find()) {
      types.put(c.group(1), c.group(2));
    }
    if (!List.copyOf(types.keySet()).equals(layout.columns())) {
      throw new IllegalStateException("the read_csv columns of " + layout.name() + " are not its columns");
    }
    return new CsvOptions(find(DELIM, o, layout).equals(",") ? ',' : '\t', Boolean.parseBoolean(find(HEADER, o, layout)),
        find(QUOTE, o, layout).equals("\""), List.copyOf(nulls), types);
  }

  private static String find(Pattern p, String options, EventLayout layout) {
    Matcher m = p.matcher(options);
    if (!m.find()) {
      throw new IllegalStateException("the Spark job cannot read the layout " + layout.name() + ": no " + p.pattern()
          + " in its read_csv options " + options);
    }
    return m.group(1);
  }

  /** The Spark type of a DuckDB column type of the layouts. */
  static String sparkType(String duckdb) {
    return switch (duckdb) {
      case "VARCHAR" -> "STRING";
      case "BIGINT", "INTEGER", "TINYINT", "DOUBLE" -> duckdb;
      default -> throw new IllegalStateException("no Spark type for the column type " + duckdb);
    };
  }
}
