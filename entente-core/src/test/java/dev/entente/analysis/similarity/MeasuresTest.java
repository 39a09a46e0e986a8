package dev.entente.analysis.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MeasuresTest {

  private static final List<String> NAMES = List.of(
      "s_un", "s_sq", "s_wt", "s_wt_sq", "s_bin", "s_bin_wt", "kappa", "pi", "pi_nominal", "taub", "agree", "agree_exact");

  @Test
  void theAllianceSetIsSevenMeasuresInOrder() {
    assertThat(Measures.alliance()).extracting(SimilarityMeasure::name)
        .containsExactly("s_un", "s_sq", "s_wt", "kappa", "pi", "pi_nominal", "taub");
  }

  @Test
  void theAllianceSetScoresSWithDeltaThree() {
    ContingencyTable t = new ContingencyTable(4);
    t.add(0, 3, 1.0);
    t.add(1, 1, 1.0);
    assertThat(Measures.alliance().get(0).compute(t)).isEqualTo(Similarity.of(0));
  }

  @Test
  void everyColumnNameGivesTheMeasureOfThatName() {
    for (String name : NAMES) {
      assertThat(Measures.byName(name, 4).name()).isEqualTo(name);
    }
  }

  @Test
  void sTakesDeltaFromTheLevels() {
    ContingencyTable votes = new ContingencyTable(3);
    votes.add(0, 2, 1.0);
    votes.add(0, 0, 1.0);
    assertThat(Measures.byName("s_un", 3).compute(votes)).isEqualTo(Similarity.of(0));
    assertThat(Measures.byName("agree", 3).compute(votes)).isEqualTo(Similarity.of(0.5));
  }

  @Test
  void anUnknownNameIsRejectedWithTheAllowedOnes() {
    assertThatThrownBy(() -> Measures.byName("tau_b", 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown similarity measure 'tau_b'; allowed: " + String.join(", ", NAMES));
  }
}
