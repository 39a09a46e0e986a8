package dev.entente.analysis.network;

import java.util.List;
import java.util.Objects;

/**
 * A network of commitments at one date (or in one year, for ATOP and COW).
 *
 * @param when the date ({@code 2026-01-01}) or year ({@code 1990}) it describes
 * @param request the conventions it was built with
 * @param dataVersion the version of the data behind it
 * @param nodes its nodes, sorted by key
 * @param ties its ties, one per commitment and pair (and direction)
 * @param commitments the commitments that made at least one tie, with their number of parties on the date (all
 *     parties, inside or outside the region), for the bilateral share
 */
public record CommitmentNetwork(
    String when, NetworkRequest request, String dataVersion, List<Node> nodes, List<Tie> ties,
    List<CommitmentSize> commitments) {

  public CommitmentNetwork {
    Objects.requireNonNull(when, "when");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(dataVersion, "dataVersion");
    nodes = List.copyOf(nodes);
    ties = List.copyOf(ties);
    commitments = List.copyOf(commitments);
  }

  /**
   * A commitment in the network.
   *
   * @param id its id
   * @param parties its number of parties on the date
   */
  public record CommitmentSize(String id, int parties) {}
}
