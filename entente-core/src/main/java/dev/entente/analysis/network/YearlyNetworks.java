package dev.entente.analysis.network;

/** Builds the network of one calendar year. */
@FunctionalInterface
public interface YearlyNetworks {

  /** The network of {@code year} under the conventions of {@code request}. */
  CommitmentNetwork inYear(int year, NetworkRequest request);
}
