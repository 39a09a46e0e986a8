package dev.entente.analysis.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The structure measures against networkx 3.6.1 on the same graphs: {@code networkx/networkx_measures.py} (in the
 * test resources) computed {@code networkx-measures.golden.tsv} from the edge lists in {@code networkx/graphs/}: the
 * METHODS.md §C.5 fixtures (star, K6, the US Indo-Pacific network with and without the Manila Pact ties), curated
 * networks exported by {@code entente network export}, and ATOP 1914 and 1990 networks derived from ATOP 5.1.
 * Communities: JGraphT's and networkx's Clauset-Newman-Moore implementations must find the same number of
 * communities with the same modularity.
 */
class NetworkStructureGoldenTest {

  static List<String[]> golden() throws IOException {
    List<String[]> rows = new ArrayList<>();
    for (String line : EdgeLists.resource("networkx-measures.golden.tsv").split("\n")) {
      if (!line.startsWith("graph\t") && !line.isBlank()) {
        rows.add(line.split("\t"));
      }
    }
    assertThat(rows).hasSize(10);
    return rows;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("golden")
  void matchesNetworkx(String graph, String nodes, String edges, String dc, String hc, String hs, String tr,
      String density, String components, String communities, String modularity) throws IOException {
    StructureMeasures m = NetworkStructure.measure(EdgeLists.read(graph));
    assertThat(m.nodes()).isEqualTo(Integer.parseInt(nodes));
    assertThat(m.edges()).isEqualTo(Integer.parseInt(edges));
    same(m.degreeCentralization(), dc);
    same(m.hubClustering(), hc);
    same(m.hubShare(), hs);
    same(m.transitivity(), tr);
    same(m.density(), density);
    assertThat(m.components()).isEqualTo(Integer.parseInt(components));
    assertThat(m.communities()).as("communities").isEqualTo(Integer.parseInt(communities));
    same(m.modularity(), modularity);
  }

  private static void same(Double actual, String expected) {
    if (expected.equals("NA")) {
      assertThat(actual).isNull();
    } else {
      assertThat(actual).isNotNull().isCloseTo(Double.parseDouble(expected), within(1e-12));
    }
  }
}
