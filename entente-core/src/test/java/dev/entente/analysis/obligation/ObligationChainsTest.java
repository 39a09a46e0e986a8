package dev.entente.analysis.obligation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.domain.Obligation;
import dev.entente.testing.Curated;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Chains of obligation on the built-in data (facts from FACTS.md). */
class ObligationChainsTest {

  private final ObligationsInForce finder = new ObligationsInForce(Curated.catalog());
  private final ObligationChains chains = new ObligationChains(finder);
  private final Set<Obligation> defence = EnumSet.of(Obligation.DEFENSE);

  @Test
  void depthOneIsWhoMustDefendTheTarget() {
    LocalDate day = LocalDate.of(2026, 1, 1);
    List<ObligationChains.Link> links = chains.towards("JPN", day, defence, 1);
    assertThat(links).extracting(ObligationChains.Link::tie).containsExactlyElementsOf(finder.owedTo("JPN", day, defence));
    assertThat(links).allMatch(l -> l.depth() == 1 && l.path().equals(List.of("JPN", l.tie().guarantor())));
  }

  @Test
  void canadaIsDrawnInToJapanThroughTheUnitedStates() {
    List<ObligationChains.Link> links = chains.towards("JPN", LocalDate.of(2026, 1, 1), defence, 2);
    assertThat(links).anyMatch(l -> l.depth() == 2 && l.path().equals(List.of("JPN", "USA", "CAN"))
        && l.tie().commitment().header().shortName().contains("NATO"));
    assertThat(links).noneMatch(l -> l.tie().guarantor().equals("JPN"));
    // every state appears at one depth only
    assertThat(links.stream().filter(l -> l.tie().guarantor().equals("USA")).map(ObligationChains.Link::depth)
        .distinct()).containsExactly(1);
  }

  @Test
  void northKoreasDefendersAndTheirs() {
    List<ObligationChains.Link> links = chains.towards("PRK", LocalDate.of(2025, 1, 1), defence, 2);
    assertThat(links.stream().filter(l -> l.depth() == 1).map(l -> l.tie().guarantor()).distinct())
        .containsExactlyInAnyOrder("CHN", "RUS");
    // Belarus must defend Russia (2024 treaty), so it is drawn in one step further
    assertThat(links).anyMatch(l -> l.depth() == 2 && l.path().equals(List.of("PRK", "RUS", "BLR")));
  }

  @Test
  void aStateWithNoDefendersHasNoChain() {
    assertThat(chains.towards("TWN", LocalDate.of(2026, 1, 1), defence, 3)).isEmpty();
  }
}
