package dev.entente.io.cameo;

import dev.entente.analysis.events.EventAggregation.StateSpell;
import dev.entente.domain.Period;
import dev.entente.domain.State;
import dev.entente.io.curated.CuratedFiles;
import dev.entente.io.curated.CuratedLoader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The days on which an event country (ISO3, as {@link CountryCodes} maps it) counts for a COW state: the system
 * spells of the state the country code names (the curated {@code states.tsv}, COW states2016), and before that, for
 * the countries of {@code state-predecessors.tsv}, the spells of the predecessor state (DEU is 260, West Germany,
 * until 1990-10-03 and 255 from then). On a day outside every spell the country is no COW state: its COW number is
 * NULL (UKR in 1985, DEU in 1950).
 */
public final class StateSpells {

  private static final ResourceTable PREDECESSORS = ResourceTable.load("/dev/entente/io/cameo/state-predecessors.tsv");
  private static volatile List<StateSpell> spells;

  private StateSpells() {}

  /** The version of the predecessor table. */
  public static String version() {
    return PREDECESSORS.version();
  }

  /** Every spell, ordered by ISO3 and first day; the spells of one ISO3 never overlap. */
  public static List<StateSpell> all() {
    List<StateSpell> s = spells;
    if (s == null) {
      s = build(CuratedLoader.states(CuratedFiles.builtIn()));
      spells = s;
    }
    return s;
  }

  /** The COW number of {@code iso3} on {@code day}, if it is a COW state then. */
  public static Optional<Integer> ccode(String iso3, LocalDate day) {
    return all().stream().filter(x -> x.iso3().equals(iso3) && x.contains(day)).map(StateSpell::ccode).findFirst();
  }

  /** A country code and a COW state it counts for on the state's days. */
  private record Link(String iso3, int ccode) {}

  static List<StateSpell> build(List<State> states) {
    Map<Integer, State> byCode = new LinkedHashMap<>();
    states.forEach(x -> byCode.put(x.ccode(), x));
    Set<Link> links = new LinkedHashSet<>();
    for (CountryCodes.Mapping m : CountryCodes.all()) {
      if (m.ccode() != null) {
        links.add(new Link(m.iso3(), m.ccode()));
      }
    }
    int iso = PREDECESSORS.column("iso3");
    int cc = PREDECESSORS.column("ccode");
    for (String[] r : PREDECESSORS.rows()) {
      links.add(new Link(r[iso], Integer.parseInt(r[cc])));
    }
    List<StateSpell> out = new ArrayList<>();
    for (Link link : links) {
      State state = byCode.get(link.ccode());
      if (state == null) {
        throw new IllegalStateException("the country table names COW state " + link.ccode() + ", which is not in"
            + " the curated state list");
      }
      for (Period p : state.spells()) {
        out.add(new StateSpell(link.iso3(), p.firstDay().orElseThrow(), p.endExclusive().orElse(null),
            state.ccode()));
      }
    }
    out.sort(Comparator.comparing(StateSpell::iso3).thenComparing(StateSpell::first));
    for (int i = 1; i < out.size(); i++) {
      StateSpell a = out.get(i - 1);
      StateSpell b = out.get(i);
      if (a.iso3().equals(b.iso3()) && (a.end() == null || a.end().isAfter(b.first()))) {
        throw new IllegalStateException("the spells of " + a.iso3() + " overlap: COW " + a.ccode() + " and "
            + b.ccode() + " on " + b.first());
      }
    }
    return List.copyOf(out);
  }
}
