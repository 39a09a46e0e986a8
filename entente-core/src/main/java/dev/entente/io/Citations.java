package dev.entente.io;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How to cite each dataset entente reads. One registry, so that the CLI, the web layer and exported files cite the
 * same way.
 */
public final class Citations {

  private static final Map<String, List<String>> REFERENCES =
      Map.of(
          "curated",
          List.of(
              "entente curated commitments dataset (built into entente; every record cites its own sources:"
                  + " 'entente cite ID').",
              "Correlates of War Project. 2017. State System Membership List, v2016. https://correlatesofwar.org/"),
          "atop",
          List.of(
              "Leeds, Brett Ashley, Jeffrey M. Ritter, Sara McLaughlin Mitchell, and Andrew G. Long. 2002."
                  + " \"Alliance Treaty Obligations and Provisions, 1815-1944.\" International Interactions 28:"
                  + " 237-260. ATOP version 5.1 (2022), http://www.atopdata.org/"));

  private Citations() {}

  /** The references for a dataset name ({@code curated}, {@code atop}, ...). */
  public static Optional<List<String>> of(String dataset) {
    return Optional.ofNullable(REFERENCES.get(dataset));
  }
}
