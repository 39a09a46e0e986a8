package dev.entente.analysis.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ContingencyTableTest {

  @Test
  void addingCountsTheCellAndSumsItsWeight() {
    ContingencyTable t = new ContingencyTable(4);
    t.add(3, 1, 0.25);
    t.add(3, 1, 0.5);
    t.add(0, 0, 1.0);
    assertThat(t.levels()).isEqualTo(4);
    assertThat(t.n()).isEqualTo(3);
    assertThat(t.count(3, 1)).isEqualTo(2);
    assertThat(t.count(1, 3)).isZero();
    assertThat(t.weight(3, 1)).isEqualTo(0.75);
    assertThat(t.totalWeight()).isEqualTo(1.75);
  }

  @Test
  void clearingEmptiesTheTableForTheNextDyad() {
    ContingencyTable t = new ContingencyTable(3);
    t.add(2, 1, 4.0);
    t.clear();
    assertThat(t.n()).isZero();
    assertThat(t.totalWeight()).isZero();
    assertThat(t.count(2, 1)).isZero();
    assertThat(t.weight(2, 1)).isZero();
  }

  @Test
  void theBinaryTableMergesEveryLevelAboveZero() {
    ContingencyTable t = new ContingencyTable(4);
    t.add(0, 0, 1.0);
    t.add(0, 2, 0.5);
    t.add(0, 3, 0.25);
    t.add(1, 0, 2.0);
    t.add(3, 2, 3.0);
    t.add(2, 1, 1.0);
    ContingencyTable b = t.binary();
    assertThat(b.levels()).isEqualTo(2);
    assertThat(b.n()).isEqualTo(6);
    assertThat(b.totalWeight()).isEqualTo(t.totalWeight());
    assertThat(new long[] {b.count(0, 0), b.count(0, 1), b.count(1, 0), b.count(1, 1)})
        .containsExactly(1, 2, 1, 2);
    assertThat(b.weight(0, 1)).isCloseTo(0.75, within(1e-15));
    assertThat(b.weight(1, 1)).isCloseTo(4.0, within(1e-15));
    assertThat(t.count(3, 2)).as("the original is unchanged").isEqualTo(1);
  }

  @Test
  void levelsOutsideTheTableAreRejectedWithTheValues() {
    ContingencyTable t = new ContingencyTable(3);
    assertThatThrownBy(() -> t.add(3, 0, 1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("levels must be in 0..2, got (3, 0)");
    assertThatThrownBy(() -> t.count(0, -1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(t.n()).isZero();
  }

  @Test
  void negativeNanAndInfiniteWeightsAreRejected() {
    ContingencyTable t = new ContingencyTable(3);
    for (double bad : new double[] {-0.1, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> t.add(0, 0, bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("weight must be finite and >= 0, got " + bad);
    }
    assertThat(t.n()).isZero();
  }

  @Test
  void aTableNeedsAtLeastTwoLevels() {
    assertThatThrownBy(() -> new ContingencyTable(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got 1");
  }
}
