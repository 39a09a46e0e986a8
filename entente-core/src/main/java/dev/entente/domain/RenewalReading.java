package dev.entente.domain;

import java.util.Objects;

/**
 * One reading of a treaty's renewal rule. Where sources disagree on the rule, a commitment carries several
 * readings; the first is the default.
 *
 * @param rule the rule
 * @param reading who reads it so; empty for the default reading when sources agree
 */
public record RenewalReading(RenewalRule rule, String reading) {
  public RenewalReading {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(reading, "reading");
  }
}
