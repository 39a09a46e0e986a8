package dev.entente.io.curated;

import dev.entente.domain.PartnershipTier;
import dev.entente.domain.TierTable;
import dev.entente.error.DataFileException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads {@code partnership-tiers.tsv}: a {@code # version: ...} line, documentation, then label → tier rows. */
final class TierFile {

  static final List<String> HEADER = List.of("label", "tier", "basis");

  private TierFile() {}

  static TierTable read(String file, String text) {
    TsvTable t = TsvTable.read(file, text, HEADER);
    String version =
        t.comments().stream()
            .filter(c -> c.startsWith("version:"))
            .map(c -> c.substring("version:".length()).strip())
            .findFirst()
            .orElseThrow(() -> new DataFileException(file, 0, "version", "", "a '# version: ...' line is required"));
    List<PartnershipTier> tiers = new ArrayList<>();
    Set<String> labels = new HashSet<>();
    for (TsvTable.Row row : t.rows()) {
      String label = t.cell(row, "label");
      if (label.isBlank() || !labels.add(label)) {
        throw t.error(row, "label", "a label must be non-empty and listed once");
      }
      int tier;
      try {
        tier = Integer.parseInt(t.cell(row, "tier"));
      } catch (NumberFormatException e) {
        throw t.error(row, "tier", "not a whole number");
      }
      if (tier < 1 || tier > 9) {
        throw t.error(row, "tier", "a tier is between 1 and 9");
      }
      tiers.add(new PartnershipTier(label, tier, t.cell(row, "basis")));
    }
    return new TierTable(version, t.comments(), tiers);
  }
}
