package dev.entente.analysis.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The model's conventions and validation, on the landscape toy of METHODS.md C.5 (derived, not published). */
class LandscapeTest {

  /** METHODS.md C.5: s = (1,1,1), p_AB = +1, p_AC = p_BC = −1. */
  static Landscape toy() {
    return new Landscape(List.of("A", "B", "C"), new double[] {1, 1, 1},
        new double[][] {{0, 1, -1}, {1, 0, -1}, {-1, -1, 0}});
  }

  @Test
  void theToysEnergyIsSummedOverOrderedPairs() {
    Landscape toy = toy();
    assertThat(toy.energy(new boolean[] {false, false, true})).isEqualTo(-4.0);
    assertThat(toy.energy(new boolean[] {true, true, false})).as("the mirror").isEqualTo(-4.0);
    assertThat(toy.energy(new boolean[] {false, false, false})).isZero();
    assertThat(toy.energy(new boolean[] {false, true, false})).isZero();
    assertThat(toy.energy(new boolean[] {false, true, true})).isZero();
  }

  @Test
  void theToyHasOneMinimumWhoseBasinIsEveryConfiguration() {
    LandscapeResult r = ExhaustiveLandscape.solve(toy(), null);
    assertThat(r.configurations()).isEqualTo(4);
    assertThat(r.minima()).containsExactly(new LandscapeMinimum(List.of("A", "B"), List.of("C"), -4.0, 4));
    assertThat(r.share(r.minima().get(0))).isEqualTo(1.0);
    assertThat(r.notes()).anyMatch(n -> n.contains("ORDERED pairs")).anyMatch(n -> n.contains("first actor (A)"));
  }

  @Test
  void inputThatBreaksTheModelIsRefusedWithTheActorsNamed() {
    assertThatThrownBy(() -> new Landscape(List.of("A", "B"), new double[] {1, -2}, new double[][] {{0, 1}, {1, 0}}))
        .hasMessage("size of B is -2.0 (must be finite and >= 0)");
    assertThatThrownBy(() -> new Landscape(List.of("A", "B"), new double[] {1, 1}, new double[][] {{0, 1}, {0.5, 0}}))
        .hasMessage("propensity A-B is 1.0 but B-A is 0.5 (must be finite and symmetric)");
    assertThatThrownBy(() -> new Landscape(List.of("A", "B"), new double[] {1, 1}, new double[][] {{0, 1}, {1, 2}}))
        .hasMessageStartingWith("self pair B-B has propensity 2.0");
    assertThatThrownBy(() -> new Landscape(List.of("A", "A"), new double[] {1, 1}, new double[][] {{0, 1}, {1, 0}}))
        .hasMessage("actor A is listed twice");
    assertThatThrownBy(() -> new Landscape(List.of("A", "B"), new double[] {1, 1},
        new double[][] {{0, Double.NaN}, {Double.NaN, 0}})).hasMessageContaining("must be finite");
  }

  @Test
  void theCapsAreEnforcedWithAClearMessage() {
    Landscape toy = toy();
    assertThatThrownBy(() -> new LandscapeSolver("exhaustive", 2, 10, 1).solve(toy, null))
        .hasMessage("exhaustive search of 3 actors is above the cap of 2 (raise it up to 30, or use the heuristic)");
    assertThatThrownBy(() -> new LandscapeSolver("auto", 31, 10, 1)).hasMessage("the exhaustive cap 31 is outside 2..30");
    assertThat(new LandscapeSolver("auto", 2, 10, 1).solve(toy, null).method())
        .isEqualTo(LandscapeResult.Method.HEURISTIC);
  }
}
