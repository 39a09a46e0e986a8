package dev.entente.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  @Test
  void aDayPrecisionEndIsTheFirstDayNoLongerHeld() {
    Period p = Period.of(DatePoint.parse("1955-03-03"), DatePoint.parse("1980-01-01"));
    assertThat(p.contains(d("1955-03-02"))).isFalse();
    assertThat(p.contains(d("1955-03-03"))).isTrue();
    assertThat(p.contains(d("1979-12-31"))).isTrue();
    assertThat(p.contains(d("1980-01-01"))).isFalse();
  }

  @Test
  void anOpenEndHoldsForEver() {
    Period p = Period.from(DatePoint.parse("1949-08-24"));
    assertThat(p.contains(d("2100-01-01"))).isTrue();
    assertThat(p.isOpen()).isTrue();
    assertThat(p.endExclusive()).isEmpty();
  }

  @Test
  void impreciseStartsHoldFromTheirFirstDayAndImpreciseEndsUntilTheirLast() {
    Period p = Period.of(DatePoint.parse("2004-09"), DatePoint.parse("2016"));
    assertThat(p.contains(d("2004-08-31"))).isFalse();
    assertThat(p.contains(d("2004-09-01"))).isTrue();
    assertThat(p.contains(d("2016-12-31"))).isTrue();
    assertThat(p.contains(d("2017-01-01"))).isFalse();
    assertThat(p.endExclusive()).contains(d("2017-01-01"));
  }

  @Test
  void anUnknownEndOrStartIsNeverClaimedToHold() {
    Period unknownEnd = new Period(Bound.of(DatePoint.parse("2011-01")), Bound.UNKNOWN);
    assertThat(unknownEnd.contains(d("2011-06-01"))).isFalse();
    Period unknownStart = new Period(Bound.UNKNOWN, Bound.OPEN);
    assertThat(unknownStart.contains(d("2020-01-01"))).isFalse();
    assertThat(unknownStart.firstDay()).isEmpty();
  }

  @Test
  void anEndBeforeItsStartIsRejected() {
    assertThatThrownBy(() -> Period.of(DatePoint.parse("2000-01-01"), DatePoint.parse("2000-01-01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not after its start");
  }

  @Test
  void anOpenStartIsRejected() {
    assertThatThrownBy(() -> new Period(Bound.OPEN, Bound.OPEN)).hasMessageContaining("open start");
  }
}
