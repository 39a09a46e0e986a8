package dev.entente.analysis.obligation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.domain.Membership;
import dev.entente.domain.Obligation;
import dev.entente.testing.Curated;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The questions of the foundation issue, answered from the built-in dataset. */
class CuratedObligationsTest {

  private final ObligationsInForce obligations = new ObligationsInForce(Curated.catalog());
  private static final Set<Obligation> DEFENSE = EnumSet.of(Obligation.DEFENSE);

  private List<ObligationTie> defenders(String state, String day) {
    return obligations.owedTo(state, LocalDate.parse(day), DEFENSE);
  }

  @Test
  void japanIsDefendedByTheUnitedStatesThroughThe1960Treaty() {
    List<ObligationTie> ties = defenders("JPN", "2026-01-01");
    assertThat(ties).extracting(ObligationTie::guarantor).containsExactly("USA");
    assertThat(ties.get(0).commitment().id()).isEqualTo("us-japan-1960");
    assertThat(ties.get(0).since()).isEqualTo(LocalDate.of(1960, 6, 23));
  }

  @Test
  void northKoreaIsDefendedByChinaAndRussiaIn2025() {
    assertThat(defenders("PRK", "2025-01-01"))
        .extracting(ObligationTie::guarantor)
        .containsExactlyInAnyOrder("CHN", "RUS");
  }

  @Test
  void northKoreaWasDefendedOnlyByChinaBeforeTheRussianTreatyCameIntoForce() {
    assertThat(defenders("PRK", "2024-12-03")).extracting(ObligationTie::guarantor).containsExactly("CHN");
  }

  @Test
  void polandIsDefendedByEveryOtherNatoMember() {
    Membership nato = (Membership) Curated.catalog().commitment("nato").orElseThrow();
    LocalDate day = LocalDate.of(2026, 1, 1);
    List<String> others =
        nato.header().partyActors().stream()
            .filter(a -> !a.equals("POL") && nato.header().isPartyOn(a, day))
            .toList();
    assertThat(others).hasSize(31).contains("FIN", "SWE", "USA", "DEU", "TUR");
    List<ObligationTie> ties = defenders("POL", "2026-01-01");
    assertThat(ties.stream().filter(t -> t.commitment().id().equals("nato")).map(ObligationTie::guarantor))
        .containsExactlyInAnyOrderElementsOf(others);
  }

  @Test
  void finlandHadNoNatoDefenderBeforeItsAccession() {
    assertThat(defenders("FIN", "2022-06-01"))
        .noneMatch(t -> t.commitment().id().equals("nato"));
    assertThat(defenders("FIN", "2023-04-04"))
        .filteredOn(t -> t.commitment().id().equals("nato"))
        .hasSize(30);
  }

  @Test
  void noStateIsBoundToDefendTaiwanIn2026() {
    assertThat(defenders("TWN", "2026-01-01")).isEmpty();
  }

  @Test
  void taiwanWasDefendedByTheUnitedStatesUntilTheEndOf1979() {
    assertThat(defenders("TWN", "1979-12-31")).extracting(ObligationTie::guarantor).containsExactly("USA");
    assertThat(defenders("TWN", "1980-01-01")).isEmpty();
  }

  @Test
  void theUnitedStatesStoppedDefendingNewZealandUnderAnzusIn1986ButAustraliaDidNot() {
    assertThat(defenders("NZL", "1986-08-10")).extracting(ObligationTie::guarantor).contains("USA", "AUS");
    List<ObligationTie> after = defenders("NZL", "1986-08-11");
    assertThat(after.stream().filter(t -> t.commitment().id().equals("anzus")).map(ObligationTie::guarantor))
        .containsExactly("AUS");
  }
}
