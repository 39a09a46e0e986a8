package dev.entente.analysis.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.domain.Catalog;
import dev.entente.domain.CommitmentKind;
import dev.entente.testing.Curated;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Networks of the built-in curated commitments: facts from FACTS.md that the network must show. */
class CuratedNetworksTest {

  private final Catalog catalog = Curated.catalog();
  private final CuratedNetworks networks = new CuratedNetworks(catalog);
  private final NetworkRequest usAsia = NetworkRequest.defaults()
      .withKinds(EnumSet.of(CommitmentKind.ALLIANCE, CommitmentKind.ARRANGEMENT))
      .withRegion(Region.named("asia-pacific").orElseThrow())
      .withHub("USA");

  @Test
  void usHubClusteringRisesFromTheFiftiesTo2026() {
    List<StructureSeries.Row> rows =
        new StructureSeries(networks.yearly(MonthDay.of(12, 31))).years(1955, 2026, usAsia);
    double fifties = rows.get(0).measures().hubClustering();
    double now = rows.get(rows.size() - 1).measures().hubClustering();
    // 1955: the Manila Pact clique of five among eight US allies (10 / 28); 2026: 8 ties among 6 allies (8 / 15).
    assertThat(fifties).isEqualTo(10 / 28.0);
    assertThat(now).isEqualTo(8 / 15.0);
    assertThat(rows.stream().filter(r -> r.year() >= 1980).mapToDouble(r -> r.measures().hubClustering()))
        .isSortedAccordingTo(Double::compare);
  }

  @Test
  void japanPhilippinesRaaIsASpokeToSpokeTieOnlyOnceInForce() {
    boolean before = networks.on(LocalDate.of(2025, 9, 10), usAsia).ties().stream()
        .anyMatch(t -> t.commitment().equals("japan-philippines-raa-2024"));
    boolean after = networks.on(LocalDate.of(2025, 9, 11), usAsia).ties().stream()
        .anyMatch(t -> t.commitment().equals("japan-philippines-raa-2024"));
    assertThat(before).isFalse();
    assertThat(after).isTrue();
  }

  @Test
  void defenceScopeIsDirectedWhereOnlyOneSidePledges() {
    NetworkRequest defence = NetworkRequest.defaults().withScope(Scope.DEFENSE);
    CommitmentNetwork n = networks.on(LocalDate.of(2026, 1, 1), defence);
    // Japan's 1960 treaty: the US pledges to defend Japan; Japan pledges only in territories under its administration
    assertThat(n.ties()).anyMatch(t -> t.commitment().equals("us-japan-1960"));
    // NATO: every member pledges to every other, so a NATO tie is undirected
    assertThat(n.ties()).filteredOn(t -> t.commitment().equals("nato-membership") || t.commitment().startsWith("nato"))
        .allMatch(t -> !t.directed());
    // Taiwan has no defence tie on 2026-01-01
    assertThat(n.nodes()).noneMatch(node -> node.key().equals("TWN"));
  }

  @Test
  void regionKeepsTheHubAndDropsTiesLeavingTheRegion() {
    CommitmentNetwork n = networks.on(LocalDate.of(2026, 1, 1), usAsia);
    assertThat(n.nodes()).anyMatch(node -> node.key().equals("USA"));
    assertThat(n.nodes()).noneMatch(node -> node.key().equals("GBR"));
    assertThat(n.ties()).noneMatch(t -> t.from().equals("GBR") || t.to().equals("GBR"));
  }

  @Test
  void minimumTierKeepsOnlyHighPartnerships() {
    NetworkRequest partners = NetworkRequest.defaults().withKinds(EnumSet.of(CommitmentKind.PARTNERSHIP));
    int all = networks.on(LocalDate.of(2026, 1, 1), partners).ties().size();
    int top = networks.on(LocalDate.of(2026, 1, 1), partners.withMinTier(OptionalInt.of(6))).ties().size();
    assertThat(top).isPositive().isLessThan(all);
    assertThat(networks.on(LocalDate.of(2026, 1, 1), partners.withMinTier(OptionalInt.of(6))).ties())
        .anyMatch(t -> t.from().equals("PAK") || t.to().equals("PAK"));
  }

  @Test
  void groupingsAsNodesTieMembersToTheirGrouping() {
    CommitmentNetwork n = networks.on(LocalDate.of(2026, 1, 1), NetworkRequest.defaults().withGroupings(true));
    assertThat(n.nodes()).anyMatch(node -> node.key().equals("NATO") && node.isGrouping());
    assertThat(n.ties()).filteredOn(t -> t.to().equals("NATO")).hasSize(32);
  }
}
