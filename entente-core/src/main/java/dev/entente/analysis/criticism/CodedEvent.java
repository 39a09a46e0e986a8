package dev.entente.analysis.criticism;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One event coded in CAMEO between two states.
 *
 * @param source the acting state (ISO3)
 * @param target the state acted upon (ISO3)
 * @param date the day of the event
 * @param code the CAMEO event code as a string ("111", "1123"; leading zeros kept: "010")
 * @param goldstein the Goldstein value of the code, or {@code null} when unknown
 * @param origin where the event comes from ({@code gdelt}, {@code icews}, {@code curated:ID}, {@code synthetic})
 */
public record CodedEvent(String source, String target, LocalDate date, String code, Double goldstein, String origin) {
  public CodedEvent {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(origin, "origin");
    if (!code.matches("\\d{2,4}")) {
      throw new IllegalArgumentException("CAMEO code '" + code + "' is not 2 to 4 digits");
    }
  }

  /** The CAMEO root code: the first two digits. */
  public String root() {
    return code.substring(0, 2);
  }
}
