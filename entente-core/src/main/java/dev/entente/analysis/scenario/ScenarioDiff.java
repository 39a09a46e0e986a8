package dev.entente.analysis.scenario;

import dev.entente.analysis.alignment.CuratedPortfolios;
import dev.entente.analysis.alignment.PortfolioYear;
import dev.entente.analysis.landscape.AlignmentLandscape;
import dev.entente.analysis.landscape.CuratedLandscape;
import dev.entente.analysis.landscape.LandscapeResult;
import dev.entente.analysis.landscape.LandscapeSolver;
import dev.entente.analysis.network.CommitmentNetwork;
import dev.entente.analysis.network.CuratedNetworks;
import dev.entente.analysis.network.NetworkRequest;
import dev.entente.analysis.network.NetworkStructure;
import dev.entente.analysis.network.StructureMeasures;
import dev.entente.analysis.obligation.ObligationTie;
import dev.entente.analysis.obligation.ObligationsInForce;
import dev.entente.analysis.similarity.ContingencyTable;
import dev.entente.analysis.similarity.Measures;
import dev.entente.analysis.similarity.Similarity;
import dev.entente.analysis.similarity.SimilarityMeasure;
import dev.entente.domain.Actor;
import dev.entente.domain.Catalog;
import dev.entente.domain.Commitment;
import dev.entente.domain.Obligation;
import dev.entente.domain.State;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A scenario against the baseline on one day: the structure of the network (the measures and its communities, the
 * communities the network falls into), the blocs of an Axelrod–Bennett landscape, the defence obligations of every state (who must defend it, whom it must
 * defend), and the alliance-portfolio similarity (S, unweighted, and Häge's κ, from the curated pledges on the day,
 * self-tie 3) of the states the edits touch with each other and with the states to compare.
 */
public final class ScenarioDiff {

  /** The measures of the alignment part, by name. */
  public static final List<String> ALIGNMENT_MEASURES = List.of("s_un", "kappa");

  private ScenarioDiff() {}

  /**
   * How one state's defence obligations change.
   *
   * @param state the state
   * @param newDefenders states bound to defend it in the scenario only
   * @param lostDefenders states bound to defend it in the baseline only
   * @param newDuties states it must defend in the scenario only
   * @param lostDuties states it must defend in the baseline only
   */
  public record ObligationChange(
      String state, List<String> newDefenders, List<String> lostDefenders, List<String> newDuties,
      List<String> lostDuties) {}

  /**
   * One dyad's similarity before and after (null where undefined).
   *
   * @param a one state
   * @param b the other
   * @param measure {@code s_un} or {@code kappa}
   * @param before the baseline value
   * @param after the scenario value
   */
  public record AlignmentChange(String a, String b, String measure, Double before, Double after) {}

  /**
   * The diff.
   *
   * @param scenario the scenario
   * @param day the day compared
   * @param request the network conventions
   * @param baseData the baseline's data version
   * @param before the baseline network's structure
   * @param after the scenario network's structure
   * @param obligations the states whose defence obligations change
   * @param alignment the similarity of the touched states, before and after
   * @param blocActors the actors of the landscape (the bloc actors asked for, then the touched states, at most
   *     {@link #MAX_BLOC_ACTORS})
   * @param blocsBefore the landscape minima of the baseline
   * @param blocsAfter the landscape minima of the scenario
   * @param blocNotes the landscape's conventions
   */
  public record Result(
      Scenario scenario, LocalDate day, NetworkRequest request, String baseData, StructureMeasures before,
      StructureMeasures after, List<ObligationChange> obligations, List<AlignmentChange> alignment,
      List<String> blocActors, LandscapeResult blocsBefore, LandscapeResult blocsAfter, List<String> blocNotes) {
    public Result {
      Objects.requireNonNull(scenario, "scenario");
      obligations = List.copyOf(obligations);
      alignment = List.copyOf(alignment);
      blocActors = List.copyOf(blocActors);
      blocNotes = List.copyOf(blocNotes);
    }
  }

  /** The diff with the Indo-Pacific bloc actors ({@link CuratedLandscape#INDO_PACIFIC}). */
  public static Result diff(Catalog base, Scenario scenario, LocalDate day, NetworkRequest request,
      List<String> compareWith) {
    return diff(base, scenario, day, request, compareWith, CuratedLandscape.INDO_PACIFIC);
  }

  /** The most actors of the bloc landscape (searched exhaustively). */
  public static final int MAX_BLOC_ACTORS = 20;

  /**
   * The diff of {@code scenario} against {@code base} on {@code day}.
   *
   * @param compareWith states whose similarity with the touched states is reported
   * @param blocActors the actors of the bloc landscape (the touched states are added, up to {@link
   *     #MAX_BLOC_ACTORS}): Axelrod–Bennett minima from κ of the curated portfolios, centred, equal sizes
   */
  public static Result diff(Catalog base, Scenario scenario, LocalDate day, NetworkRequest request,
      List<String> compareWith, List<String> blocActors) {
    Catalog edited = ScenarioOverlay.apply(base, scenario);
    CommitmentNetwork before = new CuratedNetworks(base).on(day, request);
    CommitmentNetwork after = new CuratedNetworks(edited).on(day, request);
    Set<String> touched = touched(base, edited, scenario);
    List<String> actors = blocs(base, day, blocActors, touched);
    AlignmentLandscape.Built b = CuratedLandscape.on(base, day, actors, "kappa");
    AlignmentLandscape.Built a = CuratedLandscape.on(edited, day, actors, "kappa");
    LandscapeSolver solver = LandscapeSolver.defaults();
    return new Result(scenario, day, request, base.dataVersion(), NetworkStructure.measure(before),
        NetworkStructure.measure(after), obligations(base, edited, day),
        alignment(base, edited, day, touched, compareWith), actors, solver.solve(b.landscape(), x -> { }),
        solver.solve(a.landscape(), x -> { }), b.notes().subList(0, 2));
  }

  /** The bloc actors: those asked for, then touched states in the system, at most {@link #MAX_BLOC_ACTORS}. */
  private static List<String> blocs(Catalog base, LocalDate day, List<String> asked, Set<String> touched) {
    Set<String> out = new LinkedHashSet<>(asked);
    for (String t : touched) {
      if (out.size() >= MAX_BLOC_ACTORS) {
        break;
      }
      if (base.actor(t).filter(x -> x instanceof State s && s.inSystemOn(day)).isPresent()) {
        out.add(t);
      }
    }
    return List.copyOf(out);
  }

  private static List<ObligationChange> obligations(Catalog base, Catalog edited, LocalDate day) {
    Set<Obligation> defence = EnumSet.of(Obligation.DEFENSE);
    Map<String, Set<String>> defendersBefore = new TreeMap<>();
    Map<String, Set<String>> dutiesBefore = new TreeMap<>();
    Map<String, Set<String>> defendersAfter = new TreeMap<>();
    Map<String, Set<String>> dutiesAfter = new TreeMap<>();
    index(new ObligationsInForce(base).all(day, defence), defendersBefore, dutiesBefore);
    index(new ObligationsInForce(edited).all(day, defence), defendersAfter, dutiesAfter);
    Set<String> states = new TreeSet<>();
    states.addAll(defendersBefore.keySet());
    states.addAll(defendersAfter.keySet());
    states.addAll(dutiesBefore.keySet());
    states.addAll(dutiesAfter.keySet());
    List<ObligationChange> out = new ArrayList<>();
    for (String s : states) {
      ObligationChange c = new ObligationChange(s,
          minus(defendersAfter.get(s), defendersBefore.get(s)), minus(defendersBefore.get(s), defendersAfter.get(s)),
          minus(dutiesAfter.get(s), dutiesBefore.get(s)), minus(dutiesBefore.get(s), dutiesAfter.get(s)));
      if (!c.newDefenders().isEmpty() || !c.lostDefenders().isEmpty() || !c.newDuties().isEmpty()
          || !c.lostDuties().isEmpty()) {
        out.add(c);
      }
    }
    return out;
  }

  private static void index(List<ObligationTie> ties, Map<String, Set<String>> defenders,
      Map<String, Set<String>> duties) {
    for (ObligationTie t : ties) {
      defenders.computeIfAbsent(t.beneficiary(), k -> new TreeSet<>()).add(t.guarantor());
      duties.computeIfAbsent(t.guarantor(), k -> new TreeSet<>()).add(t.beneficiary());
    }
  }

  private static List<String> minus(Set<String> a, Set<String> b) {
    Set<String> out = new TreeSet<>(a == null ? Set.of() : a);
    if (b != null) {
      out.removeAll(b);
    }
    return List.copyOf(out);
  }

  /** The states that are parties to a commitment the scenario adds, removes or changes. */
  private static Set<String> touched(Catalog base, Catalog edited, Scenario scenario) {
    Set<String> out = new LinkedHashSet<>();
    Map<String, Commitment> before = new HashMap<>();
    base.commitments().forEach(c -> before.put(c.id(), c));
    Map<String, Commitment> after = new HashMap<>();
    edited.commitments().forEach(c -> after.put(c.id(), c));
    for (Commitment c : edited.commitments()) {
      if (!c.equals(before.get(c.id()))) {
        out.addAll(c.header().partyActors());
      }
    }
    for (Commitment c : base.commitments()) {
      if (!after.containsKey(c.id())) {
        out.addAll(c.header().partyActors());
      }
    }
    return out;
  }

  private static List<AlignmentChange> alignment(Catalog base, Catalog edited, LocalDate day, Set<String> touched,
      List<String> compareWith) {
    PortfolioYear b = CuratedPortfolios.on(base, day, 3);
    PortfolioYear a = CuratedPortfolios.on(edited, day, 3);
    Map<String, Integer> index = new HashMap<>();
    for (Actor actor : base.actors()) {
      if (actor instanceof State s) {
        for (int i = 0; i < b.ccodes().length; i++) {
          if (b.ccodes()[i] == s.ccode()) {
            index.put(s.key(), i);
          }
        }
      }
    }
    List<String> left = touched.stream().filter(index::containsKey).toList();
    Set<String> right = new LinkedHashSet<>(left);
    compareWith.stream().filter(index::containsKey).forEach(right::add);
    List<AlignmentChange> out = new ArrayList<>();
    Set<String> done = new TreeSet<>();
    for (String x : left) {
      for (String y : right) {
        String key = x.compareTo(y) < 0 ? x + "|" + y : y + "|" + x;
        if (x.equals(y) || !done.add(key)) {
          continue;
        }
        for (String m : ALIGNMENT_MEASURES) {
          SimilarityMeasure measure = Measures.byName(m, 4);
          out.add(new AlignmentChange(x, y, m, value(measure, b, index.get(x), index.get(y)),
              value(measure, a, index.get(x), index.get(y))));
        }
      }
    }
    return out;
  }

  private static Double value(SimilarityMeasure m, PortfolioYear y, int i, int k) {
    ContingencyTable t = new ContingencyTable(4);
    for (int j = 0; j < y.ccodes().length; j++) {
      t.add(y.levels()[i][j], y.levels()[k][j], 1.0);
    }
    Similarity s = m.compute(t);
    return s instanceof Similarity.Value v ? v.value() : null;
  }
}
