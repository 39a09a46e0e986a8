package dev.entente.io;

import dev.entente.io.atop.AtopImporter;
import dev.entente.io.countrycodes.CountryCodesImporter;
import dev.entente.io.cow.CowAllianceImporter;
import dev.entente.io.cow.CowSystemImporter;
import dev.entente.io.dcad.DcadImporter;
import dev.entente.io.nmc.NmcImporter;
import dev.entente.io.unvotes.IdealPointsImporter;
import dev.entente.io.unvotes.UnVotesImporter;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The importers entente knows, registered explicitly (no class-path scanning). */
public final class Importers {

  private final List<DatasetImporter> all;

  private Importers(List<DatasetImporter> all) {
    this.all = List.copyOf(all);
  }

  /**
   * Every importer.
   *
   * @param cowCodes the COW state codes that code lists are checked against
   */
  public static Importers defaults(Set<Long> cowCodes) {
    return new Importers(List.of(
        new AtopImporter(cowCodes),
        new CowSystemImporter(),
        new CowAllianceImporter(cowCodes),
        new NmcImporter(cowCodes),
        new UnVotesImporter(cowCodes),
        new IdealPointsImporter(cowCodes),
        new DcadImporter(cowCodes),
        new CountryCodesImporter(cowCodes)));
  }

  public List<DatasetImporter> all() {
    return all;
  }

  /** The importer with this name. */
  public Optional<DatasetImporter> named(String name) {
    return all.stream().filter(i -> i.name().equals(name)).findFirst();
  }
}
