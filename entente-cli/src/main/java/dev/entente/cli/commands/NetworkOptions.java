package dev.entente.cli.commands;

import dev.entente.analysis.network.EdgeSource;
import dev.entente.analysis.network.NetworkRequest;
import dev.entente.analysis.network.Region;
import dev.entente.analysis.network.Scope;
import dev.entente.cli.CliContext;
import dev.entente.domain.CommitmentKind;
import dev.entente.error.UserInputException;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import picocli.CommandLine.Option;

/** The options that say what a network is made of (shared by the network subcommands and scenarios). */
public final class NetworkOptions {

  @Option(names = "--source", paramLabel = "SOURCE", defaultValue = "curated",
      description = "curated (entente's commitments, to the present), atop (ATOP 5.1, 1815-2018) or cow (COW 4.1, 1816-2012). Default: ${DEFAULT-VALUE}.")
  String source;

  @Option(names = "--kind", paramLabel = "LIST", split = ",", defaultValue = "alliance,membership",
      description = "Commitment kinds that make edges: alliance, membership, partnership, arrangement. Default: ${DEFAULT-VALUE}.")
  List<String> kinds;

  @Option(names = "--obligation", paramLabel = "SCOPE", defaultValue = "any",
      description = "defense (only defence pledges, directed) or any (every pair of parties). Default: ${DEFAULT-VALUE}.")
  String obligation;

  @Option(names = "--region", paramLabel = "REGION",  defaultValue = "world",
      description = "world, americas, europe, africa, middle-east, asia, oceania, asia-pacific (COW code ranges), or a list of states (USA,JPN,AUS). The hub is always kept. Default: ${DEFAULT-VALUE}.")
  String region;

  @Option(names = "--hub", paramLabel = "ACTOR", description = "A state whose hub measures (hub clustering, hub share) are computed.")
  String hub;

  @Option(names = "--min-tier", paramLabel = "N", description = "Keep only partnerships of at least this tier (1-6; see 'entente partners').")
  Integer minTier;

  @Option(names = "--groupings", description = "Make groupings (NATO, CSTO, the Quad) nodes: members are tied to their grouping instead of to each other.")
  boolean groupings;

  @Option(names = "--isolates", description = "Also keep the region's states that have no tie (default: only states with a tie, and the hub).")
  boolean isolates;

  @Option(names = "--as-of", paramLabel = "MM-DD", defaultValue = "12-31",
      description = "Curated source, yearly networks: the day of each year whose commitments count. Default: ${DEFAULT-VALUE}.")
  String asOf;

  /** The request these options describe; actor names are resolved through {@code c}. */
  NetworkRequest request(CliContext c) {
    try {
      EdgeSource s = EdgeSource.parse(source);
      Set<CommitmentKind> k = EnumSet.noneOf(CommitmentKind.class);
      for (String kind : kinds) {
        k.add(CommitmentKind.parse(kind));
      }
      if (s != EdgeSource.CURATED && !k.equals(EnumSet.of(CommitmentKind.ALLIANCE))) {
        k.retainAll(EnumSet.of(CommitmentKind.ALLIANCE));
        if (k.isEmpty()) {
          throw new IllegalArgumentException("--source " + s.code() + " has alliances only (use --kind alliance)");
        }
      }
      if (minTier != null && (minTier < 1 || minTier > 6)) {
        throw new IllegalArgumentException("--min-tier " + minTier + " is outside 1-6");
      }
      Optional<String> h = Optional.ofNullable(hub).map(x -> c.actor(x).key());
      return new NetworkRequest(s, k, Scope.parse(obligation), region(c), h,
          minTier == null ? OptionalInt.empty() : OptionalInt.of(minTier), groupings, isolates);
    } catch (IllegalArgumentException e) {
      throw new UserInputException(e.getMessage());
    }
  }

  MonthDay asOf() {
    try {
      return MonthDay.parse("--" + asOf.strip());
    } catch (DateTimeParseException e) {
      throw new UserInputException("--as-of '" + asOf + "' is not a day of the year (expected MM-DD, e.g. 12-31)");
    }
  }

  private Region region(CliContext c) {
    Optional<Region> named = Region.named(region);
    if (named.isPresent()) {
      return named.get();
    }
    if (!region.contains(",") && !region.matches("[A-Za-z]{3}|\\d{1,3}")) {
      throw new UserInputException("--region '" + region + "' is not a region (allowed: "
          + String.join(", ", Region.NAMES) + ", or a list of states such as USA,JPN,AUS)");
    }
    Set<String> keys = new LinkedHashSet<>();
    for (String a : region.split(",")) {
      keys.add(c.actor(a).key());
    }
    return Region.of(keys);
  }
}
