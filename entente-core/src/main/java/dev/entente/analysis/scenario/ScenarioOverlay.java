package dev.entente.analysis.scenario;

import dev.entente.analysis.actor.ActorResolver;
import dev.entente.domain.Alliance;
import dev.entente.domain.ArrangementType;
import dev.entente.domain.AtopLink;
import dev.entente.domain.Bound;
import dev.entente.domain.Catalog;
import dev.entente.domain.Commitment;
import dev.entente.domain.CommitmentKind;
import dev.entente.domain.DatePoint;
import dev.entente.domain.Header;
import dev.entente.domain.Membership;
import dev.entente.domain.Obligations;
import dev.entente.domain.Partnership;
import dev.entente.domain.Party;
import dev.entente.domain.Period;
import dev.entente.domain.Pledge;
import dev.entente.domain.SecurityArrangement;
import dev.entente.domain.Source;
import dev.entente.error.UserInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Applies a scenario's edits on top of a catalog and returns a new catalog; the base catalog (and the store it came
 * from) is never changed. Added commitments get ids {@code scenario:NAME:N} and cite the scenario as their source.
 * An edit that names an unknown actor or commitment is a user error naming the edit.
 */
public final class ScenarioOverlay {

  private ScenarioOverlay() {}

  /** The catalog with {@code scenario}'s edits applied, in order. */
  public static Catalog apply(Catalog base, Scenario scenario) {
    List<Commitment> commitments = new ArrayList<>(base.commitments());
    Resolver actors = new Resolver(base);
    int added = 0;
    for (Edit e : scenario.edits()) {
      try {
        if (e instanceof Edit.Add a) {
          commitments.add(added(a, scenario, ++added, actors));
        } else if (e instanceof Edit.Upgrade u) {
          commitments.add(upgraded(u, scenario, ++added, actors));
        } else if (e instanceof Edit.Remove r) {
          commitments.remove(find(commitments, r.id()));
        } else if (e instanceof Edit.SetDate d) {
          Commitment c = find(commitments, d.id());
          commitments.set(commitments.indexOf(c), redated(c, d));
        }
      } catch (IllegalArgumentException ex) {
        throw new UserInputException("scenario " + scenario.name() + ", edit '" + e.text() + "': " + ex.getMessage());
      }
    }
    return new Catalog(base.dataVersion() + " + scenario " + scenario.name(), base.actors(), commitments, base.tiers());
  }

  private static Commitment find(List<Commitment> commitments, String id) {
    return commitments.stream().filter(c -> c.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no commitment has the id '" + id + "' (see 'entente ties')"));
  }

  private static Header header(Scenario s, int n, String name, List<String> parties, java.time.LocalDate start) {
    Period period = Period.from(DatePoint.of(start));
    List<Party> ps = parties.stream().map(p -> new Party(p, period)).toList();
    Source source = new Source("entente scenario " + s.name(), Optional.empty(),
        s.description().isBlank() ? "what-if edit: " + name : s.description(), Optional.empty());
    return new Header("scenario:" + s.name() + ":" + n, name, name, ps, Optional.empty(), period, Optional.empty(),
        List.of(), List.of(source), List.of(), List.of("Hypothetical: added by scenario " + s.name() + "."));
  }

  private static Commitment added(Edit.Add a, Scenario s, int n, Resolver actors) {
    List<String> parties = a.parties().stream().map(p -> resolve(actors, p)).toList();
    String name = "Scenario " + a.kind().code() + " " + String.join("–", parties);
    Header h = header(s, n, name, parties, a.start());
    return switch (a.kind()) {
      case ALLIANCE -> new Alliance(h, new Obligations(
          List.of(new Pledge(Pledge.EVERY_PARTY, Pledge.EVERY_PARTY, a.obligations(), false, h.period(), "",
              "scenario edit")),
          List.of(), List.of(), AtopLink.none()));
      case PARTNERSHIP -> new Partnership(h, a.detail(), Optional.empty());
      case ARRANGEMENT -> new SecurityArrangement(h, ArrangementType.parse(a.detail()), Optional.empty());
      case MEMBERSHIP -> throw new IllegalArgumentException("a scenario cannot add a membership");
    };
  }

  private static Commitment upgraded(Edit.Upgrade u, Scenario s, int n, Resolver actors) {
    List<String> pair = List.of(resolve(actors, u.a()), resolve(actors, u.b()));
    Header h = header(s, n, u.label(), pair, u.start());
    return new Partnership(h, u.label(), Optional.empty());
  }

  /** Parties are actor keys (ISO3 for states, so AUS is Australia) or any name the actor resolver accepts. */
  private record Resolver(Catalog catalog, ActorResolver resolver) {
    Resolver(Catalog catalog) {
      this(catalog, new ActorResolver(catalog));
    }
  }

  private static String resolve(Resolver actors, String name) {
    if (actors.catalog().actor(name).isPresent()) {
      return name;
    }
    try {
      return actors.resolver().resolve(name).key();
    } catch (UserInputException e) {
      throw new IllegalArgumentException(e.getMessage());
    }
  }

  /** The commitment with a new start or end; parties and pledges whose bound was the commitment's follow it. */
  private static Commitment redated(Commitment c, Edit.SetDate d) {
    Header h = c.header();
    Bound old = d.end() ? h.period().end() : h.period().start();
    Bound now = d.date() == null ? Bound.OPEN : Bound.of(DatePoint.of(d.date()));
    Period period = d.end() ? new Period(h.period().start(), now) : new Period(now, h.period().end());
    List<Party> parties = h.parties().stream().map(p -> new Party(p.actor(), follow(p.period(), old, now, d.end()))).toList();
    Header nh = new Header(h.id(), h.name(), h.shortName(), parties, h.signed(), period, d.end() && d.date() == null
        ? Optional.empty() : h.endReason(), h.events(), h.sources(), h.conflicts(), h.notes());
    if (c instanceof Alliance a) {
      return new Alliance(nh, follow(a.obligations(), old, now, d.end()));
    }
    if (c instanceof Membership m) {
      return new Membership(nh, m.group(), follow(m.obligations(), old, now, d.end()));
    }
    if (c instanceof Partnership p) {
      return new Partnership(nh, p.label(), p.labelOriginal());
    }
    SecurityArrangement s = (SecurityArrangement) c;
    return new SecurityArrangement(nh, s.type(), s.direction());
  }

  private static Obligations follow(Obligations o, Bound old, Bound now, boolean end) {
    List<Pledge> pledges = o.pledges().stream().map(p -> new Pledge(p.guarantor(), p.beneficiary(), p.obligations(),
        p.conditional(), follow(p.period(), old, now, end), p.clause(), p.condition())).toList();
    return new Obligations(pledges, o.suspensions(), o.renewals(), o.atop());
  }

  private static Period follow(Period p, Bound old, Bound now, boolean end) {
    if (end) {
      return p.end().equals(old) ? new Period(p.start(), now) : p;
    }
    return p.start().equals(old) ? new Period(now, p.end()) : p;
  }
}
