package dev.entente.domain;

import java.util.Objects;

/**
 * The ordinal tier of one exact partnership label.
 *
 * @param label the exact label
 * @param tier the rank, higher = closer
 * @param basis why the label has this tier
 */
public record PartnershipTier(String label, int tier, String basis) {
  public PartnershipTier {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(basis, "basis");
    if (tier < 1) {
      throw new IllegalArgumentException("tier of '" + label + "' must be at least 1, not " + tier);
    }
  }
}
