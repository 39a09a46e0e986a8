package dev.entente.analysis.renewal;

import dev.entente.analysis.obligation.ObligationsInForce;
import dev.entente.domain.Bound;
import dev.entente.domain.Catalog;
import dev.entente.domain.Commitment;
import dev.entente.domain.DatePoint;
import dev.entente.domain.Obligations;
import dev.entente.domain.RenewalReading;
import dev.entente.domain.RenewalRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The calendar of renewals, expiries, notice deadlines and ends of treaties in a window.
 *
 * <p>Terms are anchored on the commitment's start (entry into force). For {@code term Ny then auto Ky notice Mm}
 * the expiries are start+N, start+N+K, start+N+2K, ...; each is a {@code renewal} (the treaty extends itself unless
 * notice was given) and, where the notice period is known, is preceded by a {@code notice-deadline} M months
 * earlier. {@code term Ny} gives one {@code expiry}; {@code term Ny then by-agreement} one {@code term-end}.
 * {@code indefinite} and {@code denounce notice Mm} schedule nothing. Entries after a commitment's recorded end
 * are not produced; the end itself is an entry. By default only each commitment's default reading is used;
 * {@code allReadings} adds the alternatives, marked with who reads them so.
 */
public final class RenewalCalendar {

  private final Catalog catalog;

  public RenewalCalendar(Catalog catalog) {
    this.catalog = catalog;
  }

  /** Entries dated from {@code from} to {@code to}, both inclusive, in date order. */
  public List<CalendarEntry> between(LocalDate from, LocalDate to, boolean allReadings) {
    List<CalendarEntry> out = new ArrayList<>();
    for (Commitment c : catalog.commitments()) {
      Optional<Obligations> o = ObligationsInForce.obligationsOf(c);
      if (!(c.header().period().start() instanceof Bound.Known start)) {
        continue;
      }
      Optional<LocalDate> end = c.header().period().endExclusive();
      if (o.isPresent()) {
        List<RenewalReading> readings = o.get().renewals();
        for (int i = 0; i < readings.size() && (i == 0 || allReadings); i++) {
          schedule(c, start.date(), readings.get(i), from, to, end, out);
        }
      }
      if (c.header().period().end() instanceof Bound.Known e && within(e.date(), from, to)) {
        String reason = c.header().endReason().map(r -> r.code()).orElse("ended");
        out.add(new CalendarEntry(e.date(), c, reason, reason, ""));
      }
    }
    out.sort(Comparator.comparing((CalendarEntry e) -> e.date().first())
        .thenComparing(e -> e.commitment().id())
        .thenComparing(CalendarEntry::event));
    return out;
  }

  private static void schedule(
      Commitment c, DatePoint anchor, RenewalReading reading, LocalDate from, LocalDate to,
      Optional<LocalDate> end, List<CalendarEntry> out) {
    RenewalRule rule = reading.rule();
    if (rule instanceof RenewalRule.FixedTerm t) {
      add(c, anchor.plus(t.years(), 0), "expiry", reading, from, to, end, out);
    } else if (rule instanceof RenewalRule.ByAgreement b) {
      add(c, anchor.plus(b.termYears(), 0), "term-end", reading, from, to, end, out);
    } else if (rule instanceof RenewalRule.AutoExtension a) {
      int years = a.termYears();
      while (true) {
        DatePoint expiry = anchor.plus(years, 0);
        LocalDate earliest = a.noticeMonths().map(n -> expiry.plus(0, -n).first()).orElse(expiry.first());
        if (earliest.isAfter(to) || end.isPresent() && !expiry.first().isBefore(end.get())) {
          break;
        }
        a.noticeMonths().ifPresent(n -> add(c, expiry.plus(0, -n), "notice-deadline", reading, from, to, end, out));
        add(c, expiry, "renewal", reading, from, to, end, out);
        years += a.extensionYears();
      }
    }
  }

  private static void add(
      Commitment c, DatePoint date, String event, RenewalReading reading, LocalDate from, LocalDate to,
      Optional<LocalDate> end, List<CalendarEntry> out) {
    if (within(date, from, to) && (end.isEmpty() || date.first().isBefore(end.get()))) {
      out.add(new CalendarEntry(date, c, event, reading.rule().text(), reading.reading()));
    }
  }

  private static boolean within(DatePoint d, LocalDate from, LocalDate to) {
    return !d.last().isBefore(from) && !d.first().isAfter(to);
  }
}
