package dev.entente.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatePointTest {

  @Test
  void keepsThePrecisionOfTheSource() {
    assertThat(DatePoint.parse("1961-09-10").precision()).isEqualTo(Precision.DAY);
    assertThat(DatePoint.parse("2012-06")).isEqualTo(new DatePoint(LocalDate.of(2012, 6, 1), Precision.MONTH));
    assertThat(DatePoint.parse("1987").last()).isEqualTo(LocalDate.of(1987, 12, 31));
    assertThat(DatePoint.parse("2024-02").last()).isEqualTo(LocalDate.of(2024, 2, 29));
  }

  @Test
  void printsAsWritten() {
    assertThat(DatePoint.parse("2012-06")).hasToString("2012-06");
    assertThat(DatePoint.parse("1987")).hasToString("1987");
    assertThat(DatePoint.parse("1961-09-10").plus(20, 0)).hasToString("1981-09-10");
    assertThat(DatePoint.parse("2041-09-10").plus(0, -6)).hasToString("2041-03-10");
  }

  @Test
  void rejectsImpossibleDatesWithTheValueInTheMessage() {
    assertThatThrownBy(() -> DatePoint.parse("1949-02-30")).hasMessageContaining("'1949-02-30' is not a valid date");
    assertThatThrownBy(() -> DatePoint.parse("1949-13")).hasMessageContaining("1949-13");
    assertThatThrownBy(() -> DatePoint.parse("5 May 1955")).hasMessageContaining("expected YYYY-MM-DD");
  }
}
