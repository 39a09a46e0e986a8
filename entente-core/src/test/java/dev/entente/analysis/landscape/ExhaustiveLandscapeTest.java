package dev.entente.analysis.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The Gray-code engine against {@link BruteForceLandscape} (energies from the definition, descent by trying every
 * switch) on seeded random landscapes of 2 to 12 actors, half of them full of exact ties.
 */
class ExhaustiveLandscapeTest {

  @Test
  void theEngineFindsTheSameMinimaEnergiesAndBasinsAsBruteForce() {
    SplittableRandom r = new SplittableRandom(20240501);
    for (int t = 0; t < 120; t++) {
      int n = 2 + t % 11;
      Landscape l = RandomLandscapes.random(r, n, t % 2 == 0);
      Map<Integer, BruteForceLandscape.Minimum> expected = new BruteForceLandscape(l.sizes(), l.propensities()).solve();
      LandscapeResult got = ExhaustiveLandscape.solve(l, null);
      assertThat(got.minima()).as("instance %d (n = %d)", t, n).hasSize(expected.size());
      long total = 0;
      for (LandscapeMinimum m : got.minima()) {
        BruteForceLandscape.Minimum e = expected.get(RandomLandscapes.mask(l, m));
        assertThat(e).as("instance %d: %s is a minimum of the reference", t, m).isNotNull();
        assertThat(m.energy()).isCloseTo(e.energy(), within(1e-9));
        assertThat(m.basin()).as("instance %d basin of %s", t, m.sideB()).isEqualTo(e.basin());
        total += m.basin();
      }
      assertThat(total).isEqualTo(1L << (n - 1));
      assertThat(got.minima()).isSortedAccordingTo(LandscapeSolver.ORDER);
    }
  }

  @Test
  void twentyFiveActorsRunExhaustivelyAndEveryConfigurationLandsInABasin() {
    Landscape l = RandomLandscapes.random(new SplittableRandom(25), 25, false);
    long started = System.nanoTime();
    LandscapeResult r = ExhaustiveLandscape.solve(l, null);
    double seconds = (System.nanoTime() - started) / 1e9;
    assertThat(r.minima().stream().mapToLong(LandscapeMinimum::basin).sum()).isEqualTo(1L << 24);
    assertThat(seconds).as("n = 25 exhaustive, seconds").isLessThan(30);
  }
}
