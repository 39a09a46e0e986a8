package dev.entente.analysis.renewal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.testing.Curated;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RenewalCalendarTest {

  private final RenewalCalendar calendar = new RenewalCalendar(Curated.catalog());

  private List<CalendarEntry> between(String from, String to, boolean all) {
    return calendar.between(LocalDate.parse(from), LocalDate.parse(to), all);
  }

  @Test
  void theSinoNorthKoreanTreatyRenewsIn2041WithANoticeDeadlineSixMonthsEarlier() {
    List<CalendarEntry> entries =
        between("2041-01-01", "2041-12-31", false).stream()
            .filter(e -> e.commitment().id().equals("china-dprk-1961"))
            .toList();
    assertThat(entries).extracting(e -> e.date().toString(), CalendarEntry::event)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("2041-03-10", "notice-deadline"),
            org.assertj.core.groups.Tuple.tuple("2041-09-10", "renewal"));
  }

  @Test
  void itsTwentyYearScheduleIs1981200120212041() {
    List<String> renewals =
        between("1961-01-01", "2060-12-31", false).stream()
            .filter(e -> e.commitment().id().equals("china-dprk-1961") && e.event().equals("renewal"))
            .map(e -> e.date().toString())
            .toList();
    assertThat(renewals).containsExactly("1981-09-10", "2001-09-10", "2021-09-10", "2041-09-10");
  }

  @Test
  void theAlternativeReadingIsListedOnlyWhenAsked() {
    // the Art. VII reading (indefinite) schedules nothing, so asking for all readings adds no entry here
    assertThat(between("2041-01-01", "2041-12-31", true))
        .filteredOn(e -> e.commitment().id().equals("china-dprk-1961"))
        .hasSize(2);
  }

  @Test
  void theSinoRussianTreatyExtendsItselfByFiveYearsFrom2022() {
    List<String> renewals =
        between("2020-01-01", "2032-12-31", false).stream()
            .filter(e -> e.commitment().id().equals("china-russia-2001") && e.event().equals("renewal"))
            .map(e -> e.date().toString())
            .toList();
    assertThat(renewals).containsExactly("2022-02-28", "2027-02-28", "2032-02-28");
  }

  @Test
  void anEndInTheWindowIsAnEntry() {
    assertThat(between("1980-01-01", "1980-01-01", false))
        .anySatisfy(e -> {
          assertThat(e.commitment().id()).isEqualTo("us-roc-1954");
          assertThat(e.event()).isEqualTo("terminated");
        });
  }
}
