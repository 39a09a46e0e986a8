package dev.entente.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A state of the Correlates of War state system.
 *
 * @param ccode COW numeric code (2 = United States)
 * @param cowAbbreviation COW three-letter abbreviation ({@code USA}, {@code AUL}); not always the ISO3 code
 * @param iso3 ISO 3166-1 alpha-3 code, empty for historical states that have none of their own
 * @param name the COW state name
 * @param spells the periods the state was a member of the state system (half-open)
 */
public record State(int ccode, String cowAbbreviation, Optional<String> iso3, String name, List<Period> spells)
    implements Actor {

  public State {
    Objects.requireNonNull(cowAbbreviation, "cowAbbreviation");
    Objects.requireNonNull(iso3, "iso3");
    Objects.requireNonNull(name, "name");
    spells = List.copyOf(spells);
    if (ccode < 2 || ccode > 999) {
      throw new IllegalArgumentException("COW code " + ccode + " is outside 2..999");
    }
  }

  @Override
  public String key() {
    return iso3.orElse("cow:" + cowAbbreviation);
  }

  /** Whether the state is a member of the state system on {@code day}. */
  public boolean inSystemOn(LocalDate day) {
    return spells.stream().anyMatch(p -> p.contains(day));
  }
}
