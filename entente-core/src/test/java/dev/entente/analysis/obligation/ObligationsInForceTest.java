package dev.entente.analysis.obligation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.domain.Catalog;
import dev.entente.domain.Obligation;
import dev.entente.testing.CuratedFixture;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The date logic of obligations on a small generated dataset whose answers are known by construction. */
class ObligationsInForceTest {

  @TempDir Path dir;

  private ObligationsInForce obligations;

  private static final Set<Obligation> DEFENSE = EnumSet.of(Obligation.DEFENSE);

  private static final String DATA =
      """
      Id: pact
      Kind: membership
      Group: PACT
      Name: Test Pact
      Party: USA
      Party: AUS
      Party: cow:GFR 1955-05-06..1990-10-03
      Party: FIN 2023-04-04..
      Party: NZL
      Start: 1950-01-01
      Pledge: * -> * defense | Art. 5
      Suspend: USA -> NZL 1986-08-11..1990-01-01 | suspended, then restored
      Source: Test | n.d. | fixture

      Id: asymmetric
      Kind: alliance
      Name: Asymmetric treaty
      Party: USA
      Party: JPN
      Start: 1960-06-23
      Pledge: USA -> JPN defense | Art. V
      Pledge: JPN -> USA consultation conditional | Art. IV | on request
      Source: Test | n.d. | fixture

      Id: terminated
      Kind: alliance
      Name: Terminated treaty
      Party: USA
      Party: CHN
      Start: 1955-03-03
      End: 1980-01-01
      EndReason: terminated
      Pledge: * -> * defense 1956-01-01.. | Art. V
      Source: Test | n.d. | fixture

      Id: undated-end
      Kind: alliance
      Name: Treaty whose end no source dates
      Party: CHN
      Party: PRK
      Start: 1970
      End: unknown
      EndReason: lapsed
      Pledge: * -> * defense | Art. 1
      Source: Test | n.d. | fixture
      """;

  @BeforeEach
  void load() {
    Catalog c = new CuratedFixture(dir).with("test.rec", DATA).load();
    obligations = new ObligationsInForce(c);
  }

  private List<String> defenders(String beneficiary, String day) {
    return obligations.owedTo(beneficiary, LocalDate.parse(day), DEFENSE).stream()
        .map(ObligationTie::guarantor)
        .toList();
  }

  @Test
  void aMemberIsDefendedFromItsAccessionDayOn() {
    assertThat(defenders("FIN", "2023-04-03")).isEmpty();
    List<ObligationTie> ties = obligations.owedTo("FIN", LocalDate.of(2023, 4, 4), DEFENSE);
    assertThat(ties).extracting(ObligationTie::guarantor).containsExactlyInAnyOrder("USA", "AUS", "NZL");
    assertThat(ties).allSatisfy(t -> assertThat(t.since()).isEqualTo(LocalDate.of(2023, 4, 4)));
  }

  @Test
  void aMembersExitDayIsTheFirstDayItIsNoLongerBound() {
    assertThat(defenders("cow:GFR", "1990-10-02")).containsExactlyInAnyOrder("USA", "AUS", "NZL");
    assertThat(defenders("cow:GFR", "1990-10-03")).isEmpty();
    assertThat(defenders("USA", "1990-10-03")).doesNotContain("cow:GFR");
  }

  @Test
  void aSuspensionRemovesOnlyTheSuspendedDirectionAndSinceRestartsAfterIt() {
    assertThat(defenders("NZL", "1986-08-10")).containsExactlyInAnyOrder("USA", "AUS", "cow:GFR");
    assertThat(defenders("NZL", "1986-08-11")).containsExactlyInAnyOrder("AUS", "cow:GFR");
    assertThat(defenders("USA", "1986-08-11")).contains("NZL");
    ObligationTie restored = obligations.owedTo("NZL", LocalDate.of(1995, 1, 1), DEFENSE).stream()
        .filter(t -> t.guarantor().equals("USA")).findFirst().orElseThrow();
    assertThat(restored.since()).isEqualTo(LocalDate.of(1990, 1, 1));
  }

  @Test
  void anAsymmetricPledgeBindsOnlyOneSide() {
    assertThat(defenders("JPN", "2000-01-01")).containsExactly("USA");
    assertThat(obligations.owedBy("JPN", LocalDate.of(2000, 1, 1), DEFENSE)).isEmpty();
    List<ObligationTie> byJapan = obligations.owedBy("JPN", LocalDate.of(2000, 1, 1), EnumSet.allOf(Obligation.class));
    assertThat(byJapan).singleElement().satisfies(t -> {
      assertThat(t.obligation()).isEqualTo(Obligation.CONSULTATION);
      assertThat(t.conditional()).isTrue();
      assertThat(t.condition()).isEqualTo("on request");
      assertThat(t.beneficiary()).isEqualTo("USA");
    });
  }

  @Test
  void aTerminatedTreatyBindsUntilTheDayBeforeItsEndAndAPledgeFromItsOwnStart() {
    assertThat(defenders("CHN", "1955-12-31")).isEmpty();
    assertThat(obligations.owedTo("CHN", LocalDate.of(1979, 12, 31), DEFENSE))
        .singleElement()
        .satisfies(t -> assertThat(t.since()).isEqualTo(LocalDate.of(1956, 1, 1)));
    assertThat(defenders("CHN", "1980-01-01")).isEmpty();
  }

  @Test
  void aTreatyWhoseEndNoSourceDatesIsNeverClaimedInForce() {
    assertThat(defenders("PRK", "1975-01-01")).isEmpty();
  }

  @Test
  void everyPartyPledgesToEveryOtherButNeverToItself() {
    List<ObligationTie> all = obligations.all(LocalDate.of(2024, 1, 1), DEFENSE);
    assertThat(all).noneMatch(t -> t.guarantor().equals(t.beneficiary()));
    // pact: 4 parties on that day (USA, AUS, FIN, NZL) → 12 directed pledges; asymmetric: 1
    assertThat(all).hasSize(13);
  }
}
