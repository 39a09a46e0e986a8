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
          "cow-system",
          List.of("Correlates of War Project. 2017. State System Membership List, v2016. https://correlatesofwar.org/"),
          "cow-alliances",
          List.of("Gibler, Douglas M. 2009. International Military Alliances, 1648-2008. CQ Press. (COW Formal"
              + " Alliances v4.1, https://correlatesofwar.org/)"),
          "nmc",
          List.of("Singer, J. David, Stuart Bremer, and John Stuckey. 1972. \"Capability Distribution, Uncertainty,"
              + " and Major Power War, 1820-1965.\" In Bruce Russett (ed.), Peace, War, and Numbers, 19-48. Sage."
              + " (COW National Material Capabilities, https://correlatesofwar.org/)"),
          "unvotes",
          List.of("Voeten, Erik, Anton Strezhnev, and Michael Bailey. United Nations General Assembly Voting Data."
                  + " Harvard Dataverse, hdl:1902.1/12379.",
              "Robinson, David. unvotes: United Nations General Assembly Voting Data (R package)."),
          "idealpoints",
          List.of("Bailey, Michael A., Anton Strezhnev, and Erik Voeten. 2017. \"Estimating Dynamic State"
              + " Preferences from United Nations Voting Data.\" Journal of Conflict Resolution 61(2): 430-456."),
          "dcad",
          List.of("Kinne, Brandon J. 2020. \"The Defense Cooperation Agreement Dataset (DCAD).\" Journal of"
              + " Conflict Resolution 64(4): 729-755."),
          "countrycodes",
          List.of("Arel-Bundock, Vincent, Nils Enevoldsen, and CJ Yetman. 2018. \"countrycode: An R package to"
              + " convert country names and country codes.\" Journal of Open Source Software 3(28): 848."),
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
