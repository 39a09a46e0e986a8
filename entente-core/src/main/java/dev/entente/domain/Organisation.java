package dev.entente.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An organisation or grouping (NATO, CSTO, SCO, the Quad, AUKUS, ASEAN, ...).
 *
 * @param code its code ({@code NATO}); upper case and never the ISO3 code of a state
 * @param name its full name
 * @param shortName a short name for tables
 * @param period when it existed
 * @param endReason why it ended, if it did (SEATO: dissolved)
 * @param sources where that is documented
 * @param conflicts where sources disagree
 * @param notes free text
 */
public record Organisation(
    String code,
    String name,
    String shortName,
    Period period,
    Optional<EndReason> endReason,
    List<Source> sources,
    List<SourceConflict> conflicts,
    List<String> notes)
    implements Actor {

  public Organisation {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(shortName, "shortName");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(endReason, "endReason");
    sources = List.copyOf(sources);
    conflicts = List.copyOf(conflicts);
    notes = List.copyOf(notes);
  }

  @Override
  public String key() {
    return code;
  }
}
