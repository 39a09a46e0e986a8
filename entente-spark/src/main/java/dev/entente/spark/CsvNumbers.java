package dev.entente.spark;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers written as DuckDB's CSV writer writes them (the writer of {@code entente events aggregate --format csv}),
 * so that the Spark job's CSV is the same text. A DOUBLE is written with the fewest significant digits that read
 * back to the same value (the closest such decimal), in plain notation with at least one decimal
 * ({@code 12.0}, {@code 0.0001}) when its decimal exponent is between -4 and 15, otherwise in scientific notation
 * with a signed exponent of at least two digits ({@code 1e-05}, {@code 6.666666666666667e-05}, {@code 1e+16}).
 * This is the {@code repr} rule DuckDB 2.0 follows; {@code CsvNumbersTest} checks it against DuckDB itself.
 */
final class CsvNumbers {

  private CsvNumbers() {}

  /** The text of {@code d}. */
  static String format(double d) {
    if (Double.isNaN(d)) {
      return "nan";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "inf" : "-inf";
    }
    if (d == 0) {
      return (1 / d < 0) ? "-0.0" : "0.0";
    }
    BigDecimal exact = new BigDecimal(d);
    BigDecimal shortest = exact;
    for (int p = 1; p <= 17; p++) {
      BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
      if (r.doubleValue() == d) {
        shortest = r;
        break;
      }
    }
    shortest = shortest.stripTrailingZeros();
    int exponent = shortest.precision() - shortest.scale() - 1;
    if (exponent >= -4 && exponent < 16) {
      String plain = shortest.toPlainString();
      return plain.contains(".") ? plain : plain + ".0";
    }
    String digits = shortest.unscaledValue().abs().toString();
    StringBuilder b = new StringBuilder(d < 0 ? "-" : "");
    b.append(digits.charAt(0));
    if (digits.length() > 1) {
      b.append('.').append(digits, 1, digits.length());
    }
    b.append('e').append(exponent < 0 ? '-' : '+');
    int abs = Math.abs(exponent);
    return b.append(abs < 10 ? "0" : "").append(abs).toString();
  }
}
