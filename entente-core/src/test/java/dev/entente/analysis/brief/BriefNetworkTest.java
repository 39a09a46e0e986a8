package dev.entente.analysis.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.analysis.landscape.LandscapeMinimum;
import dev.entente.testing.Curated;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The network parts of the brief: the US hub-and-spoke trend and the Indo-Pacific blocs, from built-in data. */
class BriefNetworkTest {

  private final Brief brief = Brief.on(Curated.catalog(), LocalDate.of(2026, 11, 30));

  @Test
  void trendRunsFrom1951AndEndsAt8Of15() {
    assertThat(brief.usTrend().get(0).year()).isEqualTo(1951);
    Brief.HubTrend last = brief.usTrend().get(brief.usTrend().size() - 1);
    assertThat(last.year()).isEqualTo(2026);
    assertThat(last.allies()).isEqualTo(6);
    assertThat(last.spokeTies()).isEqualTo(8);
    Brief.HubTrend y1955 = brief.usTrend().stream().filter(h -> h.year() == 1955).findFirst().orElseThrow();
    assertThat(y1955.hubClustering()).isLessThan(last.hubClustering());
  }

  @Test
  void theGlobalMinimumSplitsUsAlliesFromChinaAndRussia() {
    LandscapeMinimum best = brief.indoPacific().minima().get(0);
    assertThat(best.sideA()).contains("USA", "JPN", "KOR", "AUS").doesNotContain("CHN", "RUS", "PRK");
    assertThat(best.sideB()).contains("CHN", "RUS", "PRK");
    assertThat(brief.indoPacificNotes()).anyMatch(n -> n.contains("sizes: equal"));
  }
}
