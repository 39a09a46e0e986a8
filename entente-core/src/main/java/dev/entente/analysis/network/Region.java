package dev.entente.analysis.network;

import dev.entente.domain.State;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A set of states a network is limited to. Named regions follow the Correlates of War numbering (COW codes
 * 2–165 the Americas, 200–399 Europe, 400–599 Africa, 600–699 the Middle East, 700–899 Asia, 900–999 Oceania);
 * a region can also be an explicit list of actor keys.
 *
 * @param name the name used on input and in output
 * @param member which states belong to it
 */
public record Region(String name, Predicate<State> member) {

  /** The names {@link #named(String)} accepts. */
  public static final List<String> NAMES =
      List.of("world", "americas", "europe", "africa", "middle-east", "asia", "oceania", "asia-pacific");

  /** Every state. */
  public static Region world() {
    return new Region("world", s -> true);
  }

  /** A named COW region, or empty when the name is not one of {@link #NAMES}. */
  public static java.util.Optional<Region> named(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    Predicate<State> p =
        switch (n) {
          case "world" -> s -> true;
          case "americas" -> s -> s.ccode() < 200;
          case "europe" -> s -> s.ccode() >= 200 && s.ccode() < 400;
          case "africa" -> s -> s.ccode() >= 400 && s.ccode() < 600;
          case "middle-east" -> s -> s.ccode() >= 600 && s.ccode() < 700;
          case "asia" -> s -> s.ccode() >= 700 && s.ccode() < 900;
          case "oceania" -> s -> s.ccode() >= 900;
          case "asia-pacific" -> s -> s.ccode() >= 700;
          default -> null;
        };
    return p == null ? java.util.Optional.empty() : java.util.Optional.of(new Region(n, p));
  }

  /** The states with these keys. */
  public static Region of(Set<String> keys) {
    Set<String> copy = Set.copyOf(keys);
    return new Region(String.join(",", new java.util.TreeSet<>(copy)), s -> copy.contains(s.key()));
  }
}
