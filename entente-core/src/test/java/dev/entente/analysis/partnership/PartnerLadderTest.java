package dev.entente.analysis.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.domain.Catalog;
import dev.entente.testing.Curated;
import dev.entente.testing.CuratedFixture;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartnerLadderTest {

  @TempDir Path dir;

  @Test
  void pakistanAndRussiaRankInTheTopTierOfChinasPartnersIn2025() {
    List<PartnerRank> ladder = new PartnerLadder(Curated.catalog()).on("CHN", LocalDate.of(2025, 1, 1));
    int top = ladder.get(0).tier();
    assertThat(ladder).filteredOn(r -> r.partner().equals("PAK") || r.partner().equals("RUS"))
        .hasSize(2)
        .allSatisfy(r -> assertThat(r.tier()).isEqualTo(top));
    assertThat(ladder).filteredOn(r -> r.partner().equals("RUS")).singleElement()
        .satisfies(r -> assertThat(r.label()).isEqualTo("comprehensive strategic partnership of coordination for a new era"));
    assertThat(ladder).hasSizeGreaterThanOrEqualTo(60);
    assertThat(ladder).isSortedAccordingTo((a, b) -> Integer.compare(b.tier(), a.tier()));
  }

  @Test
  void aLaterLabelSupersedesAnEarlierOneFromItsStart() {
    String data =
        """
        Id: p1
        Kind: partnership
        Name: China–Japan strategic partnership
        Party: CHN
        Party: JPN
        Label: strategic partnership
        Start: 2005
        Source: Test | n.d. | fixture

        Id: p2
        Kind: partnership
        Name: China–Japan comprehensive strategic partnership
        Party: CHN
        Party: JPN
        Label: comprehensive strategic partnership
        Start: 2014-08-21
        Source: Test | n.d. | fixture
        """;
    Catalog c = new CuratedFixture(dir).with("p.rec", data).load();
    PartnerLadder ladder = new PartnerLadder(c);
    assertThat(ladder.on("CHN", LocalDate.of(2004, 12, 31))).isEmpty();
    assertThat(ladder.on("CHN", LocalDate.of(2014, 8, 20))).singleElement()
        .satisfies(r -> {
          assertThat(r.tier()).isEqualTo(3);
          assertThat(r.since()).hasToString("2005");
        });
    assertThat(ladder.on("CHN", LocalDate.of(2014, 8, 21))).singleElement()
        .satisfies(r -> {
          assertThat(r.tier()).isEqualTo(4);
          assertThat(r.history()).hasSize(2);
        });
    assertThat(ladder.on("JPN", LocalDate.of(2020, 1, 1))).singleElement()
        .satisfies(r -> assertThat(r.partner()).isEqualTo("CHN"));
  }
}
