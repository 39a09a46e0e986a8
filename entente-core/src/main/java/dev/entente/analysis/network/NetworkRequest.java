package dev.entente.analysis.network;

import dev.entente.domain.CommitmentKind;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What a network is made of. Every field is a convention recorded in the output.
 *
 * @param source where the edges come from (default curated)
 * @param kinds the commitment kinds that make edges (default alliance and membership; ATOP and COW only have
 *     alliances)
 * @param scope defence pledges only, or any tie (default any)
 * @param region the states kept (default the world); the hub, when named, is always kept
 * @param hub a state whose hub measures are computed, if any
 * @param minTier the lowest partnership tier kept (partnerships with a label outside the tier table are dropped
 *     when a minimum is set); empty keeps every partnership
 * @param groupings whether groupings (NATO, CSTO, the Quad) are nodes: each member is then tied to its grouping
 *     instead of to every other member
 * @param isolates whether states of the region in the state system with no tie are nodes (default no: only states
 *     with a tie, and the hub)
 */
public record NetworkRequest(
    EdgeSource source,
    Set<CommitmentKind> kinds,
    Scope scope,
    Region region,
    Optional<String> hub,
    OptionalInt minTier,
    boolean groupings,
    boolean isolates) {

  public NetworkRequest {
    Objects.requireNonNull(source, "source");
    kinds = Set.copyOf(kinds);
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(hub, "hub");
    Objects.requireNonNull(minTier, "minTier");
    if (kinds.isEmpty()) {
      throw new IllegalArgumentException("a network needs at least one commitment kind");
    }
  }

  /** The defaults: curated alliances and memberships, any tie, the world, no hub. */
  public static NetworkRequest defaults() {
    return new NetworkRequest(EdgeSource.CURATED, EnumSet.of(CommitmentKind.ALLIANCE, CommitmentKind.MEMBERSHIP),
        Scope.ANY, Region.world(), Optional.empty(), OptionalInt.empty(), false, false);
  }

  public NetworkRequest withSource(EdgeSource s) {
    return new NetworkRequest(s, kinds, scope, region, hub, minTier, groupings, isolates);
  }

  public NetworkRequest withKinds(Set<CommitmentKind> k) {
    return new NetworkRequest(source, k, scope, region, hub, minTier, groupings, isolates);
  }

  public NetworkRequest withScope(Scope s) {
    return new NetworkRequest(source, kinds, s, region, hub, minTier, groupings, isolates);
  }

  public NetworkRequest withRegion(Region r) {
    return new NetworkRequest(source, kinds, scope, r, hub, minTier, groupings, isolates);
  }

  public NetworkRequest withHub(String h) {
    return new NetworkRequest(source, kinds, scope, region, Optional.ofNullable(h), minTier, groupings, isolates);
  }

  public NetworkRequest withMinTier(OptionalInt t) {
    return new NetworkRequest(source, kinds, scope, region, hub, t, groupings, isolates);
  }

  public NetworkRequest withGroupings(boolean g) {
    return new NetworkRequest(source, kinds, scope, region, hub, minTier, g, isolates);
  }

  public NetworkRequest withIsolates(boolean i) {
    return new NetworkRequest(source, kinds, scope, region, hub, minTier, groupings, i);
  }

  /** A one-line description of the conventions, for output notes. */
  public String describe() {
    return "source=" + source.code() + "; kinds="
        + kinds.stream().map(CommitmentKind::code).sorted().reduce((a, b) -> a + "," + b).orElse("")
        + "; scope=" + scope.code() + "; region=" + region.name() + hub.map(h -> "; hub=" + h).orElse("")
        + (minTier.isPresent() ? "; min-tier=" + minTier.getAsInt() : "")
        + "; groupings=" + (groupings ? "nodes" : "no") + "; isolates=" + (isolates ? "included" : "excluded");
  }
}
