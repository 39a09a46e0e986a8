package dev.entente.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the analyses read: the actors, the commitments and the tier table, with the version of the data they
 * came from. Immutable; lookups by key and id are indexed once.
 */
public final class Catalog {

  private final String dataVersion;
  private final List<Actor> actors;
  private final List<Commitment> commitments;
  private final TierTable tiers;
  private final Map<String, Actor> actorsByKey = new LinkedHashMap<>();
  private final Map<String, Commitment> commitmentsById = new LinkedHashMap<>();

  /**
   * @param dataVersion the curated dataset's version and checksum ({@code curated 2026-11-30.1 sha256:ab12...})
   * @param actors states and organisations
   * @param commitments all commitments
   * @param tiers the partnership tier table
   */
  public Catalog(String dataVersion, List<Actor> actors, List<Commitment> commitments, TierTable tiers) {
    this.dataVersion = Objects.requireNonNull(dataVersion, "dataVersion");
    this.actors = List.copyOf(actors);
    this.commitments = List.copyOf(commitments);
    this.tiers = Objects.requireNonNull(tiers, "tiers");
    this.actors.forEach(a -> actorsByKey.put(a.key(), a));
    this.commitments.forEach(c -> commitmentsById.put(c.id(), c));
  }

  public String dataVersion() {
    return dataVersion;
  }

  public List<Actor> actors() {
    return actors;
  }

  public List<Commitment> commitments() {
    return commitments;
  }

  public TierTable tiers() {
    return tiers;
  }

  /** The actor with this key. */
  public Optional<Actor> actor(String key) {
    return Optional.ofNullable(actorsByKey.get(key));
  }

  /** The commitment with this id. */
  public Optional<Commitment> commitment(String id) {
    return Optional.ofNullable(commitmentsById.get(id));
  }
}
