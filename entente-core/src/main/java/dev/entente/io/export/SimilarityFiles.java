package dev.entente.io.export;

import dev.entente.analysis.alignment.SimilarityRows;
import dev.entente.error.UserInputException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Writes similarity results as CSV or JSON, through a temporary file moved into place (never half a file).
 *
 * <p>CSV: the conventions and data versions first, as {@code #} comment lines (read with {@code comment = "#"} in
 * R's {@code read.csv}, {@code comment="#"} in pandas), then the header {@code ccode1,ccode2,year,...} and one row
 * per dyad; an undefined value is an empty cell. JSON: an object {@code {"provenance": [...], "rows": [...]}} with
 * {@code null} for undefined values. Values are written in Java's shortest exact decimal form.
 */
public final class SimilarityFiles {

  private SimilarityFiles() {}

  /**
   * @param format {@code csv} or {@code json}; the columns are ccode1, ccode2, year, session (UN votes per session
   *     only), then the measures
   */
  public static void write(SimilarityRows rows, Path out, String format) {
    AtomicFile.write(out, w -> {
      if (format.equals("csv")) {
        csv(rows, w);
      } else {
        json(rows, w);
      }
    });
  }

  private static void csv(SimilarityRows rows, Writer w) throws IOException {
    for (String p : rows.provenance()) {
      w.write("# " + p.replace('\n', ' ') + "\n");
    }
    w.write("ccode1,ccode2,year" + (rows.session() == null ? "" : ",session"));
    for (String m : rows.measures()) {
      w.write("," + m);
    }
    w.write("\n");
    StringBuilder b = new StringBuilder(128);
    for (int r = 0; r < rows.size(); r++) {
      b.setLength(0);
      b.append(rows.ccode1()[r]).append(',').append(rows.ccode2()[r]).append(',').append(rows.year()[r]);
      if (rows.session() != null) {
        b.append(',').append(rows.session()[r]);
      }
      for (double[] v : rows.values()) {
        b.append(',');
        if (!Double.isNaN(v[r])) {
          b.append(number(v[r]));
        }
      }
      b.append('\n');
      w.write(b.toString());
    }
  }

  private static void json(SimilarityRows rows, Writer w) throws IOException {
    w.write("{\"provenance\": [");
    for (int i = 0; i < rows.provenance().size(); i++) {
      w.write((i == 0 ? "" : ", ") + quote(rows.provenance().get(i)));
    }
    w.write("],\n\"rows\": [\n");
    for (int r = 0; r < rows.size(); r++) {
      StringBuilder b = new StringBuilder(r == 0 ? "{" : ",\n{");
      b.append("\"ccode1\": ").append(rows.ccode1()[r]).append(", \"ccode2\": ").append(rows.ccode2()[r])
          .append(", \"year\": ").append(rows.year()[r]);
      if (rows.session() != null) {
        b.append(", \"session\": ").append(rows.session()[r]);
      }
      for (int m = 0; m < rows.measures().size(); m++) {
        double v = rows.values()[m][r];
        b.append(", \"").append(rows.measures().get(m)).append("\": ").append(Double.isNaN(v) ? "null" : number(v));
      }
      w.write(b.append('}').toString());
    }
    w.write("\n]}\n");
  }

  /** The shortest decimal that reads back as the same double ({@code 0.4}, {@code -0.0775862068965517}). */
  static String number(double v) {
    return v == 0 ? "0" : Double.toString(v);
  }

  static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** Whether a format is written here (the others go through the store). */
  public static boolean handles(String format) {
    return format.toLowerCase(Locale.ROOT).equals("csv") || format.toLowerCase(Locale.ROOT).equals("json");
  }
}
