package dev.entente.domain;

/**
 * Something that can be party to a commitment: a {@link State} or an {@link Organisation}.
 *
 * <p>{@link #key()} is the identifier used throughout the curated data and the store: the ISO3 code of a state
 * (or {@code cow:ABB} for a historical state without one), or the code of an organisation.
 */
public sealed interface Actor permits State, Organisation {

  /** The identifier of this actor in data files and the store. */
  String key();

  /** The display name. */
  String name();
}
