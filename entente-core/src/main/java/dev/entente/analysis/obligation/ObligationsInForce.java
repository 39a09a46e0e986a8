package dev.entente.analysis.obligation;

import dev.entente.domain.Alliance;
import dev.entente.domain.Catalog;
import dev.entente.domain.Commitment;
import dev.entente.domain.Header;
import dev.entente.domain.Membership;
import dev.entente.domain.Obligation;
import dev.entente.domain.Obligations;
import dev.entente.domain.Pledge;
import dev.entente.domain.Suspension;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who is bound to whom on a given day, from the pledges of alliances and of memberships that carry obligations.
 *
 * <p>A pledge from G to B of type T holds on day D when: the commitment is in force on D; G and B are both parties
 * on D; the pledge's own period contains D; and no suspension covering G → B contains D. A pledge made by or to
 * "every party" ({@code *}) is expanded to every pair of distinct parties. Partnerships and arrangements create no
 * obligation and are never counted. Linear in the number of pledges times parties; the curated catalog answers in
 * well under a millisecond.
 */
public final class ObligationsInForce {

  private final Catalog catalog;

  public ObligationsInForce(Catalog catalog) {
    this.catalog = catalog;
  }

  /** The obligations owed to {@code beneficiary} on {@code day}, of the given types. */
  public List<ObligationTie> owedTo(String beneficiary, LocalDate day, Set<Obligation> types) {
    return find(null, beneficiary, day, types);
  }

  /** The obligations {@code guarantor} owes on {@code day}, of the given types. */
  public List<ObligationTie> owedBy(String guarantor, LocalDate day, Set<Obligation> types) {
    return find(guarantor, null, day, types);
  }

  /** Every obligation in force on {@code day}, of the given types. */
  public List<ObligationTie> all(LocalDate day, Set<Obligation> types) {
    return find(null, null, day, types);
  }

  private List<ObligationTie> find(String guarantor, String beneficiary, LocalDate day, Set<Obligation> types) {
    Map<String, ObligationTie> ties = new LinkedHashMap<>();
    for (Commitment c : catalog.commitments()) {
      Optional<Obligations> obligations = obligationsOf(c);
      if (obligations.isEmpty() || !c.inForceOn(day)) {
        continue;
      }
      Header h = c.header();
      for (Pledge p : obligations.get().pledges()) {
        if (!p.period().contains(day)) {
          continue;
        }
        for (String g : candidates(h, p.guarantor(), guarantor, day)) {
          for (String b : candidates(h, p.beneficiary(), beneficiary, day)) {
            if (g.equals(b) || suspended(obligations.get(), g, b, day)) {
              continue;
            }
            LocalDate since = since(h, obligations.get(), p, g, b, day);
            for (Obligation t : p.obligations()) {
              if (types.contains(t)) {
                ObligationTie tie =
                    new ObligationTie(g, b, c, t, p.conditional(), p.clause(), p.condition(), since);
                ties.merge(g + "|" + b + "|" + c.id() + "|" + t, tie,
                    (x, y) -> x.since().isAfter(y.since()) ? y : x);
              }
            }
          }
        }
      }
    }
    List<ObligationTie> out = new ArrayList<>(ties.values());
    out.sort(Comparator.comparing(ObligationTie::since)
        .thenComparing(ObligationTie::guarantor)
        .thenComparing(ObligationTie::beneficiary)
        .thenComparing(t -> t.commitment().id())
        .thenComparing(ObligationTie::obligation));
    return out;
  }

  /** The parties a pledge side stands for on {@code day}, narrowed to {@code wanted} when given. */
  private static List<String> candidates(Header h, String side, String wanted, LocalDate day) {
    List<String> out = new ArrayList<>();
    for (String actor : h.partyActors()) {
      boolean matches = side.equals(Pledge.EVERY_PARTY) || side.equals(actor);
      if (matches && (wanted == null || wanted.equals(actor)) && h.isPartyOn(actor, day)) {
        out.add(actor);
      }
    }
    return out;
  }

  private static boolean suspended(Obligations o, String g, String b, LocalDate day) {
    return o.suspensions().stream().anyMatch(s -> s.covers(g, b) && s.period().contains(day));
  }

  private static LocalDate since(Header h, Obligations o, Pledge p, String g, String b, LocalDate day) {
    LocalDate since = h.period().firstDay().orElseThrow();
    since = max(since, h.partySince(g, day).orElseThrow());
    since = max(since, h.partySince(b, day).orElseThrow());
    since = max(since, p.period().firstDay().orElseThrow());
    for (Suspension s : o.suspensions()) {
      Optional<LocalDate> end = s.period().endExclusive();
      if (s.covers(g, b) && end.isPresent() && !end.get().isAfter(day)) {
        since = max(since, end.get());
      }
    }
    return since;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  /** The obligations an alliance or membership carries; empty for partnerships and arrangements. */
  public static Optional<Obligations> obligationsOf(Commitment c) {
    if (c instanceof Alliance a) {
      return Optional.of(a.obligations());
    }
    if (c instanceof Membership m) {
      return Optional.of(m.obligations());
    }
    return Optional.empty();
  }
}
