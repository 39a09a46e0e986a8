package dev.entente.analysis.network;

import java.util.List;

/** The member ties of a research dataset's alliances, year by year (implemented by the store). */
public interface AllianceYearSource {

  /** The directed ties of {@code dataset} (ATOP or COW) in {@code year}; empty outside its coverage. */
  List<AllianceYearTie> ties(EdgeSource dataset, int year);

  /** The dataset version the ties come from ({@code ATOP 5.1}). */
  String version(EdgeSource dataset);

  /** The first and last year the dataset codes. */
  int[] coverage(EdgeSource dataset);
}
