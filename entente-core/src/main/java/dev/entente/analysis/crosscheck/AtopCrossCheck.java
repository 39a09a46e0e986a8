package dev.entente.analysis.crosscheck;

import dev.entente.analysis.obligation.ObligationsInForce;
import dev.entente.domain.AtopLink;
import dev.entente.domain.Bound;
import dev.entente.domain.Catalog;
import dev.entente.domain.Commitment;
import dev.entente.domain.Obligation;
import dev.entente.domain.Obligations;
import dev.entente.domain.Party;
import dev.entente.domain.Pledge;
import dev.entente.domain.State;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Compares every curated alliance or membership that names ATOP ids with ATOP 5.1 (Leeds et al. 2002), on three
 * aspects:
 *
 * <ul>
 *   <li><b>members</b>: the COW codes of the record's parties that joined by 2018-12-31 (ATOP's last year) against
 *       the members of those atopids over all phases;
 *   <li><b>start</b>: the year of signature (of the start when no signature is recorded) against ATOP's {@code
 *       begyr} of the first atopid;
 *   <li><b>obligations</b>: for each ATOP member, the obligation types it pledges in the record against ATOP's
 *       flags, each side the union over phases.
 * </ul>
 *
 * A {@link Difference} is <em>explained</em> when the record carries an {@code AtopNote} for that aspect.
 */
public final class AtopCrossCheck {

  /** ATOP 5.1 covers alliances up to this day. */
  public static final LocalDate ATOP_END = LocalDate.of(2018, 12, 31);

  private final Catalog catalog;

  public AtopCrossCheck(Catalog catalog) {
    this.catalog = catalog;
  }

  /**
   * One disagreement between a record and ATOP.
   *
   * @param commitmentId the record
   * @param aspect members, start or obligations
   * @param detail what differs
   * @param explained whether the record explains it
   */
  public record Difference(String commitmentId, AtopLink.AtopNote.Aspect aspect, String detail, boolean explained) {}

  /** Every difference between the catalog's ATOP-linked records and {@code atop}. */
  public List<Difference> compare(List<AtopMember> atop) {
    List<Difference> out = new ArrayList<>();
    for (Commitment c : catalog.commitments()) {
      Optional<Obligations> o = ObligationsInForce.obligationsOf(c);
      if (o.isEmpty() || o.get().atop().atopIds().isEmpty()) {
        continue;
      }
      AtopLink link = o.get().atop();
      List<AtopMember> rows = atop.stream().filter(r -> link.atopIds().contains(r.atopid())).toList();
      if (rows.isEmpty()) {
        out.add(new Difference(c.id(), AtopLink.AtopNote.Aspect.MEMBERS,
            "no ATOP rows for atopid " + link.atopIds(), false));
        continue;
      }
      members(c, link, rows, out);
      start(c, link, rows, out);
      obligations(c, o.get(), rows, out);
    }
    return out;
  }

  private void members(Commitment c, AtopLink link, List<AtopMember> rows, List<Difference> out) {
    Set<Integer> ours = new TreeSet<>();
    for (Party p : c.header().parties()) {
      if (p.period().firstDay().map(d -> !d.isAfter(ATOP_END)).orElse(false)) {
        ccode(p.actor()).ifPresent(ours::add);
      }
    }
    Set<Integer> theirs = rows.stream().map(AtopMember::ccode).collect(Collectors.toCollection(TreeSet::new));
    if (!ours.equals(theirs)) {
      Set<Integer> onlyOurs = new TreeSet<>(ours);
      onlyOurs.removeAll(theirs);
      Set<Integer> onlyTheirs = new TreeSet<>(theirs);
      onlyTheirs.removeAll(ours);
      out.add(new Difference(c.id(), AtopLink.AtopNote.Aspect.MEMBERS,
          "only in the record: " + onlyOurs + "; only in ATOP: " + onlyTheirs,
          link.explains(AtopLink.AtopNote.Aspect.MEMBERS)));
    }
  }

  private void start(Commitment c, AtopLink link, List<AtopMember> rows, List<Difference> out) {
    int first = link.atopIds().get(0);
    Optional<Integer> begyr = rows.stream().filter(r -> r.atopid() == first).map(AtopMember::beginYear).findFirst();
    Optional<Integer> ours =
        c.header().signed().map(d -> d.date().getYear())
            .or(() -> c.header().period().start() instanceof Bound.Known k
                ? Optional.of(k.date().date().getYear()) : Optional.empty());
    if (begyr.isPresent() && !begyr.equals(ours)) {
      out.add(new Difference(c.id(), AtopLink.AtopNote.Aspect.START,
          "record " + ours.map(String::valueOf).orElse("unknown") + ", ATOP begyr " + begyr.get(),
          link.explains(AtopLink.AtopNote.Aspect.START)));
    }
  }

  private void obligations(Commitment c, Obligations o, List<AtopMember> rows, List<Difference> out) {
    Map<Integer, Set<Obligation>> theirs = new TreeMap<>();
    rows.forEach(r -> theirs.computeIfAbsent(r.ccode(), k -> EnumSet.noneOf(Obligation.class)).addAll(r.obligations()));
    List<String> details = new ArrayList<>();
    for (Map.Entry<Integer, Set<Obligation>> e : theirs.entrySet()) {
      Optional<String> key = key(e.getKey());
      Set<Obligation> ours = EnumSet.noneOf(Obligation.class);
      if (key.isPresent() && c.header().isParty(key.get())) {
        for (Pledge p : o.pledges()) {
          if (p.madeBy(key.get())) {
            ours.addAll(p.obligations());
          }
        }
      }
      if (!ours.equals(e.getValue())) {
        details.add(e.getKey() + " record " + ours + " ATOP " + e.getValue());
      }
    }
    if (!details.isEmpty()) {
      out.add(new Difference(c.id(), AtopLink.AtopNote.Aspect.OBLIGATIONS, String.join("; ", details),
          o.atop().explains(AtopLink.AtopNote.Aspect.OBLIGATIONS)));
    }
  }

  private Optional<Integer> ccode(String key) {
    return catalog.actor(key).filter(State.class::isInstance).map(a -> ((State) a).ccode());
  }

  private Optional<String> key(int ccode) {
    return catalog.actors().stream()
        .filter(a -> a instanceof State s && s.ccode() == ccode)
        .map(a -> a.key())
        .findFirst();
  }
}
