package dev.entente.analysis.landscape;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The multi-start heuristic against exhaustive search on 200 seeded random landscapes of 2 to 20 actors.
 *
 * <p>"Agrees" means, for every instance: (1) every minimum the heuristic reports is one of the exhaustive search's
 * local minima, with the same energy; (2) the heuristic's lowest minimum is the exhaustive global minimum; (3) each
 * reported basin share (starts ending there / starts) is within five binomial standard errors (plus 1/starts) of
 * the exact share, since a uniformly random start descends into a basin with probability equal to its share.
 */
class MultiStartLandscapeTest {

  @Test
  void theHeuristicAgreesWithExhaustiveSearchOn200RandomInstances() {
    SplittableRandom r = new SplittableRandom(5);
    int starts = 1000;
    for (int t = 0; t < 200; t++) {
      int n = 2 + t % 19;
      Landscape l = RandomLandscapes.random(r, n, t % 4 == 0);
      LandscapeResult exact = ExhaustiveLandscape.solve(l, null);
      Map<Integer, LandscapeMinimum> byMask = new java.util.HashMap<>();
      exact.minima().forEach(m -> byMask.put(RandomLandscapes.mask(l, m), m));
      LandscapeResult h = MultiStartLandscape.solve(l, starts, t, null);
      assertThat(h.method()).isEqualTo(LandscapeResult.Method.HEURISTIC);
      assertThat(h.minima().get(0).sideB()).as("instance %d (n = %d): the global minimum", t, n)
          .isEqualTo(exact.minima().get(0).sideB());
      for (LandscapeMinimum m : h.minima()) {
        LandscapeMinimum e = byMask.get(RandomLandscapes.mask(l, m));
        assertThat(e).as("instance %d: %s is a true local minimum", t, m.sideB()).isNotNull();
        assertThat(m.energy()).isEqualTo(e.energy(), org.assertj.core.data.Offset.offset(1e-9));
        double p = exact.share(e);
        double sd = Math.sqrt(p * (1 - p) / starts);
        assertThat(Math.abs(h.share(m) - p)).as("instance %d share of %s", t, m.sideB())
            .isLessThanOrEqualTo(5 * sd + 1.0 / starts);
      }
      assertThat(h.minima().stream().mapToLong(LandscapeMinimum::basin).sum()).isEqualTo(starts);
    }
  }

  @Test
  void theSameSeedGivesTheSameResult() {
    Landscape l = RandomLandscapes.random(new SplittableRandom(9), 40, false);
    assertThat(MultiStartLandscape.solve(l, 200, 7, null)).isEqualTo(MultiStartLandscape.solve(l, 200, 7, null));
    assertThat(MultiStartLandscape.solve(l, 200, 7, null).notes()).anyMatch(s -> s.contains("HEURISTIC"));
  }
}
