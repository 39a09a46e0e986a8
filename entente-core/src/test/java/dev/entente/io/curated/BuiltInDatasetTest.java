package dev.entente.io.curated;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.domain.Actor;
import dev.entente.domain.Alliance;
import dev.entente.domain.Catalog;
import dev.entente.domain.Commitment;
import dev.entente.domain.Membership;
import dev.entente.domain.Organisation;
import dev.entente.domain.Partnership;
import dev.entente.domain.RenewalRule;
import dev.entente.domain.State;
import dev.entente.testing.Curated;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What the built-in dataset must cover (foundation issue, item 5). */
class BuiltInDatasetTest {

  private final Catalog catalog = Curated.catalog();

  @Test
  void itHoldsAboutOneHundredNinetyFiveCurrentStatesWithCowAndIsoCodes() {
    List<State> current = catalog.actors().stream()
        .filter(a -> a instanceof State s && s.inSystemOn(LocalDate.of(2026, 1, 1)))
        .map(State.class::cast).toList();
    assertThat(current).hasSize(195).allSatisfy(s -> assertThat(s.iso3()).isPresent());
    assertThat(current).extracting(State::key).contains("USA", "CHN", "TWN", "XKX", "SSD", "PRK");
  }

  @Test
  void itHoldsTheOrganisationsTheQuestionsNeed() {
    Set<String> codes = catalog.actors().stream().filter(Organisation.class::isInstance).map(Actor::key)
        .collect(Collectors.toSet());
    assertThat(codes).contains("NATO", "CSTO", "SCO", "QUAD", "AUKUS", "ASEAN");
  }

  @Test
  void natoHasThirtyTwoMembersWithFinlandIn2023AndSwedenIn2024() {
    Membership nato = (Membership) catalog.commitment("nato").orElseThrow();
    LocalDate day = LocalDate.of(2026, 1, 1);
    assertThat(nato.header().partyActors().stream().filter(a -> nato.header().isPartyOn(a, day))).hasSize(32);
    assertThat(nato.header().partySince("FIN", day)).contains(LocalDate.of(2023, 4, 4));
    assertThat(nato.header().partySince("SWE", day)).contains(LocalDate.of(2024, 3, 7));
  }

  @Test
  void theSinoNorthKoreanTreatyCarriesBothReadingsOfItsRenewalRuleWithTheTwentyYearScheduleAsDefault() {
    Alliance t = (Alliance) catalog.commitment("china-dprk-1961").orElseThrow();
    assertThat(t.obligations().renewals()).hasSize(2);
    assertThat(t.obligations().renewals().get(0).rule()).isInstanceOf(RenewalRule.AutoExtension.class);
    assertThat(t.obligations().renewals().get(1).rule()).isInstanceOf(RenewalRule.Indefinite.class);
    assertThat(t.obligations().renewals().get(1).reading()).isNotBlank();
  }

  @Test
  void chinaHasAtLeastSixtyPartnersAndEveryLabelHasATier() {
    Set<String> partners = catalog.commitments().stream()
        .filter(c -> c instanceof Partnership p && p.header().isParty("CHN"))
        .map(c -> ((Partnership) c).other("CHN")).collect(Collectors.toSet());
    assertThat(partners).hasSizeGreaterThanOrEqualTo(60)
        .contains("PAK", "RUS", "BLR", "VEN", "ETH", "HUN", "VNM", "LAO", "KHM", "MMR", "THA", "EU");
    assertThat(catalog.commitments()).filteredOn(Partnership.class::isInstance)
        .allSatisfy(c -> assertThat(catalog.tiers().tierOf(((Partnership) c).label())).isPresent());
  }

  @Test
  void theNewerSecurityArchitectureIsThere() {
    for (String id : List.of("aukus-2021", "quad-2017", "japan-australia-raa-2022", "japan-uk-raa-2023",
        "japan-philippines-raa-2024", "china-solomon-islands-2022", "china-djibouti-base-2017",
        "russia-dprk-2024", "csto", "sco", "us-roc-1954", "manila-pact", "rio-treaty", "us-mnna-tha")) {
      assertThat(catalog.commitment(id)).as(id).isPresent();
    }
  }

  @Test
  void everyCommitmentHasASourceWithAPublisher() {
    for (Commitment c : catalog.commitments()) {
      assertThat(c.header().sources()).as(c.id()).isNotEmpty()
          .allSatisfy(s -> assertThat(s.publisher()).isNotBlank());
    }
  }
}
