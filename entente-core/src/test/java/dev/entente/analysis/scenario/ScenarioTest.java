package dev.entente.analysis.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.analysis.network.NetworkRequest;
import dev.entente.analysis.network.Region;
import dev.entente.analysis.obligation.ObligationsInForce;
import dev.entente.domain.Catalog;
import dev.entente.domain.CommitmentKind;
import dev.entente.domain.Obligation;
import dev.entente.error.UserInputException;
import dev.entente.io.scenario.ScenarioFiles;
import dev.entente.store.duckdb.DuckDbStore;
import dev.entente.testing.Curated;
import dev.entente.testing.StoreSnapshots;
import dev.entente.testing.Stores;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The article's three what-ifs, and the rule that a scenario never changes the real data. */
class ScenarioTest {

  @TempDir Path dir;

  private static final LocalDate DAY = LocalDate.of(2027, 6, 1);
  private final Catalog base = Curated.catalog();
  private final NetworkRequest asia = NetworkRequest.defaults()
      .withKinds(EnumSet.of(CommitmentKind.ALLIANCE, CommitmentKind.MEMBERSHIP))
      .withRegion(Region.named("asia-pacific").orElseThrow()).withHub("USA");

  private static Scenario scenario(String name, String... edits) {
    return new Scenario(name, "", "2026-11-30T00:00:00Z", "test", List.of(edits).stream().map(Edit::parse).toList());
  }

  private static ScenarioDiff.ObligationChange change(ScenarioDiff.Result d, String state) {
    return d.obligations().stream().filter(o -> o.state().equals(state)).findFirst().orElseThrow();
  }

  @Test
  void chinaPakistanDefenceTreaty() {
    ScenarioDiff.Result d = ScenarioDiff.diff(base, scenario("cp", "add alliance:CHN-PAK:defense:2027-01-01"), DAY,
        asia.withScope(dev.entente.analysis.network.Scope.DEFENSE), List.of("USA"));
    assertThat(change(d, "CHN").newDefenders()).containsExactly("PAK");
    assertThat(change(d, "PAK").newDefenders()).containsExactly("CHN");
    assertThat(d.obligations()).hasSize(2);
    assertThat(d.after().edges()).isEqualTo(d.before().edges() + 1);
    ScenarioDiff.AlignmentChange kappa = d.alignment().stream()
        .filter(a -> a.a().equals("CHN") && a.b().equals("PAK") && a.measure().equals("kappa")).findFirst().orElseThrow();
    assertThat(kappa.after()).isGreaterThan(kappa.before());
  }

  @Test
  void chinaRussiaDefenceTreatyBindsRussiasAlliesOneStepOut() {
    Scenario s = scenario("cr", "add alliance:CHN-RUS:defense:2027-01-01");
    ScenarioDiff.Result d = ScenarioDiff.diff(base, s, DAY, asia, List.of("USA"));
    assertThat(change(d, "CHN").newDefenders()).containsExactly("RUS");
    assertThat(change(d, "RUS").newDefenders()).containsExactly("CHN");
    Catalog edited = ScenarioOverlay.apply(base, s);
    assertThat(new dev.entente.analysis.obligation.ObligationChains(new ObligationsInForce(edited))
        .towards("CHN", DAY, EnumSet.of(Obligation.DEFENSE), 2))
        .anyMatch(l -> l.path().equals(List.of("CHN", "RUS", "BLR")));
  }

  @Test
  void quadAsAMutualDefencePactTurnsTheHubTowardsAWeb() {
    ScenarioDiff.Result d = ScenarioDiff.diff(base,
        scenario("quad", "add alliance:USA-JPN-AUS-IND:defense:2027-01-01"), DAY, asia, List.of("CHN"));
    assertThat(change(d, "IND").newDefenders()).containsExactly("AUS", "JPN", "USA");
    assertThat(change(d, "JPN").newDefenders()).containsExactly("AUS", "IND");
    assertThat(d.after().hubClustering()).isGreaterThan(d.before().hubClustering());
    // the blocs of the Indo-Pacific landscape: India moves from China's side to the US side
    assertThat(d.blocsBefore().minima().get(0).sideB()).contains("IND", "CHN");
    assertThat(d.blocsAfter().minima().get(0).sideA()).contains("IND", "USA");
  }

  @Test
  void removingAndRedatingWork() {
    Catalog edited = ScenarioOverlay.apply(base, scenario("r", "remove us-japan-1960",
        "set-end nato:2027-01-01"));
    ObligationsInForce f = new ObligationsInForce(edited);
    assertThat(f.owedTo("JPN", DAY, EnumSet.of(Obligation.DEFENSE))).isEmpty();
    assertThat(f.owedTo("POL", DAY, EnumSet.of(Obligation.DEFENSE))).isEmpty();
    assertThat(f.owedTo("POL", LocalDate.of(2026, 12, 31), EnumSet.of(Obligation.DEFENSE))).isNotEmpty();
    assertThat(base.commitment("us-japan-1960")).isPresent();
  }

  @Test
  void unknownActorsAndCommitmentsAreUserErrors() {
    assertThatThrownBy(() -> ScenarioOverlay.apply(base, scenario("x", "add alliance:CHN-XXX:defense:2027-01-01")))
        .isInstanceOf(UserInputException.class).hasMessageContaining("add alliance:CHN-XXX");
    assertThatThrownBy(() -> ScenarioOverlay.apply(base, scenario("x", "remove no-such-treaty")))
        .isInstanceOf(UserInputException.class).hasMessageContaining("no-such-treaty");
    assertThatThrownBy(() -> Edit.parse("add alliance:CHN-PAK:friendship:2027-01-01"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("friendship");
  }

  @Test
  void scenariosNeverModifyTheStore() {
    Path db = dir.resolve("s.duckdb");
    Stores.fresh(db).close();
    String[] tables;
    try (DuckDbStore store = DuckDbStore.open(db, true)) {
      tables = store.tables().toArray(String[]::new);
    }
    List<Object> before = StoreSnapshots.of(db, tables);
    ScenarioFiles files = new ScenarioFiles(dir.resolve("scenarios"));
    Scenario s = scenario("quad", "add alliance:USA-JPN-AUS-IND:defense:2027-01-01", "remove us-japan-1960");
    files.save(s, false);
    try (DuckDbStore store = DuckDbStore.open(db, true)) {
      ScenarioDiff.diff(store.catalog(), files.load("quad"), DAY, asia, List.of("CHN"));
    }
    assertThat(StoreSnapshots.of(db, tables)).isEqualTo(before);
    assertThat(files.load("quad").edits()).isEqualTo(s.edits());
  }
}
