package dev.entente.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The versioned table that maps each exact partnership label to an ordinal tier.
 *
 * @param version the table's version ({@code 2026-11-30.1})
 * @param documentation the table's own description (scale, sources)
 * @param tiers one entry per label
 */
public record TierTable(String version, List<String> documentation, List<PartnershipTier> tiers) {

  public TierTable {
    Objects.requireNonNull(version, "version");
    documentation = List.copyOf(documentation);
    tiers = List.copyOf(tiers);
  }

  /** The tier of an exact label (labels are unique in the table). */
  public Optional<PartnershipTier> tierOf(String label) {
    return tiers.stream().filter(t -> t.label().equals(label)).findFirst();
  }
}
