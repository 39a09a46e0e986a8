package dev.entente.analysis.network;

import dev.entente.domain.CommitmentKind;
import java.util.Objects;

/**
 * One tie that one commitment makes between two nodes. Structure measures use the undirected simple graph in which
 * two nodes are adjacent when any tie joins them.
 *
 * @param from one end (the guarantor, granting side or designating side when {@code directed})
 * @param to the other end
 * @param directed whether the tie runs one way only
 * @param commitment the commitment's id ({@code atop:3180} or {@code cow:2531} for the research datasets)
 * @param kind its kind
 * @param label what the tie is: the obligation types, the arrangement type, or the partnership label
 */
public record Tie(String from, String to, boolean directed, String commitment, CommitmentKind kind, String label) {
  public Tie {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(commitment, "commitment");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(label, "label");
    if (from.equals(to)) {
      throw new IllegalArgumentException("a tie needs two different ends: " + from);
    }
  }
}
