package dev.entente.analysis.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * METHODS.md §C.5 "Network toys (derived)": values computed for this project, not published, and labelled so. The
 * same graphs are in the networkx golden test; here the values are the ones printed in METHODS.md (4 decimals).
 */
class DerivedFixturesTest {

  @Test
  void starIsAPureHubAndSpoke() throws IOException {
    StructureMeasures m = NetworkStructure.measure(EdgeLists.read("fixture-star6"));
    assertThat(m.degreeCentralization()).isEqualTo(1.0);
    assertThat(m.transitivity()).isEqualTo(0.0);
    assertThat(m.hubClustering()).isEqualTo(0.0);
    assertThat(m.hubShare()).isEqualTo(1.0);
  }

  @Test
  void completeGraphHasNoCentre() throws IOException {
    StructureMeasures m = NetworkStructure.measure(EdgeLists.read("fixture-k6"));
    assertThat(m.degreeCentralization()).isEqualTo(0.0);
    assertThat(m.transitivity()).isEqualTo(1.0);
    assertThat(m.density()).isEqualTo(1.0);
  }

  @Test
  void usIndoPacificWithOnlyAnzus() throws IOException {
    StructureMeasures m = NetworkStructure.measure(EdgeLists.read("fixture-usa-indo-pacific-anzus"));
    assertThat(m.degreeCentralization()).isCloseTo(0.9333, within(5e-5));
    assertThat(m.hubClustering()).isCloseTo(0.0667, within(5e-5));
    assertThat(m.transitivity()).isCloseTo(0.1765, within(5e-5));
  }

  @Test
  void usIndoPacificWithManilaPactTies() throws IOException {
    StructureMeasures m = NetworkStructure.measure(EdgeLists.read("fixture-usa-indo-pacific-manila"));
    assertThat(m.degreeCentralization()).isCloseTo(0.6, within(5e-5));
    assertThat(m.hubClustering()).isCloseTo(0.4, within(5e-5));
    assertThat(m.transitivity()).isCloseTo(0.7692, within(5e-5));
  }
}
