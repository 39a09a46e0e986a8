package dev.entente.analysis.landscape;

import java.util.Map;

/** States' capability shares (COW CINC) in a year, from the imported NMC data; the store implements it. */
public interface CapabilitySource {

  /**
   * The CINC of every state with a value in {@code year} (a missing value is absent, never 0).
   *
   * @throws dev.entente.error.UserInputException naming the import command when NMC is not imported
   */
  Capabilities cinc(int year);

  /**
   * @param version the NMC version read
   * @param cinc CINC by COW code
   */
  record Capabilities(String version, Map<Integer, Double> cinc) {
    public Capabilities {
      cinc = Map.copyOf(cinc);
    }
  }
}
