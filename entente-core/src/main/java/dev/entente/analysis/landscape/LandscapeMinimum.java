package dev.entente.analysis.landscape;

import java.util.List;

/**
 * One local minimum of a landscape: no single actor's switch lowers the energy.
 *
 * @param sideA the actors on side A (always holding the first actor of the input), in input order
 * @param sideB the actors on side B, in input order (empty for the configuration with everyone together)
 * @param energy the energy, summed over ordered pairs on opposite sides (see {@link Landscape})
 * @param basin exhaustive search: the number of configurations whose steepest descent ends here; multi-start
 *     search: the number of random starts that ended here (an estimate of the basin, see {@link LandscapeResult})
 */
public record LandscapeMinimum(List<String> sideA, List<String> sideB, double energy, long basin) {

  public LandscapeMinimum {
    sideA = List.copyOf(sideA);
    sideB = List.copyOf(sideB);
    if (basin < 1) {
      throw new IllegalArgumentException("a minimum's basin holds at least the minimum itself, got " + basin);
    }
  }

  /** The minimum of a configuration given as sides (true = side B), with actor labels from the landscape. */
  static LandscapeMinimum of(Landscape landscape, boolean[] sideB, long basin) {
    List<String> a = new java.util.ArrayList<>();
    List<String> b = new java.util.ArrayList<>();
    for (int i = 0; i < sideB.length; i++) {
      (sideB[i] ? b : a).add(landscape.actors().get(i));
    }
    return new LandscapeMinimum(a, b, landscape.energy(sideB), basin);
  }
}
