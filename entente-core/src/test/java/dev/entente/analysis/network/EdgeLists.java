package dev.entente.analysis.network;

import dev.entente.domain.CommitmentKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Reads the edge lists under {@code networkx/} in the test resources (entente's CSV export, no quoted fields). */
final class EdgeLists {

  private EdgeLists() {}

  static String resource(String name) throws IOException {
    try (InputStream in = EdgeLists.class.getResourceAsStream("networkx/" + name)) {
      if (in == null) {
        throw new IOException("missing test resource networkx/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The network of {@code graphs/NAME.csv}, with its hub from {@code hubs.tsv}. */
  static CommitmentNetwork read(String name) throws IOException {
    Optional<String> hub = Optional.ofNullable(hubs().get(name));
    List<Tie> ties = new ArrayList<>();
    Map<String, Node> nodes = new TreeMap<>();
    Map<String, Integer> sizes = new HashMap<>();
    for (String line : resource("graphs/" + name + ".csv").split("\n")) {
      if (line.startsWith("#") || line.startsWith("source,") || line.isBlank()) {
        continue;
      }
      String[] f = line.split(",", -1);
      ties.add(new Tie(f[0], f[1], Boolean.parseBoolean(f[2]), f[3], CommitmentKind.parse(f[4]), f[5]));
      nodes.putIfAbsent(f[0], new Node(f[0], 1, f[0]));
      nodes.putIfAbsent(f[1], new Node(f[1], 1, f[1]));
      sizes.merge(f[3], 1, Integer::sum);
    }
    NetworkRequest r = NetworkRequest.defaults().withHub(hub.orElse(null));
    List<CommitmentNetwork.CommitmentSize> commitments = new ArrayList<>();
    sizes.forEach((id, n) -> commitments.add(new CommitmentNetwork.CommitmentSize(id, n == 1 ? 2 : 3)));
    return new CommitmentNetwork(name, r, "test", new ArrayList<>(nodes.values()), ties, commitments);
  }

  static Map<String, String> hubs() throws IOException {
    Map<String, String> out = new HashMap<>();
    for (String line : resource("hubs.tsv").split("\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        String[] f = line.split("\t");
        out.put(f[0], f[1]);
      }
    }
    return out;
  }
}
