package dev.entente.analysis.defacto;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.io.ImportOptions;
import dev.entente.io.atop.AtopImporter;
import dev.entente.io.cow.CowSystemImporter;
import dev.entente.io.dcad.DcadImporter;
import dev.entente.io.unvotes.UnVotesImporter;
import dev.entente.store.duckdb.DuckDbStore;
import dev.entente.testing.Curated;
import dev.entente.testing.Stores;
import dev.entente.testing.TestData;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model on the real ATOP, UN-vote and DCAD files (skipped when they are absent). */
class DeFactoRealDataTest {

  @TempDir Path dir;

  @Test
  void theFitOnAtopDyadYearsConvergesAndBeatsChanceOnHeldOutYears() {
    Path atop = TestData.require("atop-5.1/atop5_1m.csv").getParent();
    Path root = atop.getParent();
    try (DuckDbStore store = Stores.fresh(dir.resolve("s.duckdb"))) {
      store.importDataset(new CowSystemImporter(), root.resolve("cow-state-system"), ImportOptions.strict());
      store.importDataset(new AtopImporter(Stores.cowCodes()), atop, ImportOptions.strict());
      store.importDataset(new UnVotesImporter(Stores.cowCodes()), root.resolve("unga-voting/voeten_UNVotesPublished"),
          ImportOptions.strict());
      store.importDataset(new DcadImporter(Stores.cowCodes()), root.resolve("kinne-dcad"), ImportOptions.strict());
      MeasuredFeatures features = new MeasuredFeatures(Curated.catalog(), store.votes(),
          store.dyadYears().atopDirected("full", "5.1"), "5.1", store.behaviour());
      // China in 2010: held out 2006-2010, trained on 1986-2005; DCAD covers all of it
      DeFactoResult r = new DeFactoAllianceScore(features).compute(DeFactoRequest.of(710, 2010, 5, 20));
      assertThat(r.fit().converged()).isTrue();
      assertThat(r.features()).containsExactly("un_agree", "un_kappa", "dca");
      assertThat(r.dropped()).containsOnlyKeys("coop_share", "goldstein_mean");
      assertThat(r.heldOut().auc()).isGreaterThan(0.5);
      assertThat(r.trainPositives()).isPositive();
      // North Korea is China's one treaty ally: ATOP codes the pact, and the model scores it
      DeFactoResult.Partner prk = r.partners().stream().filter(p -> p.ccode() == 731).findFirst().orElseThrow();
      assertThat(prk.pact()).isEqualTo(1);
      assertThat(prk.score()).isNotNull();
      List<Integer> top = r.partners().stream().limit(10).map(DeFactoResult.Partner::ccode).toList();
      System.out.printf("de facto CHN 2010: held-out AUC %.4f, Brier %.4f, log loss %.4f over %d dyad-years"
          + " (%d pacts); trained on %d (%d pacts); coefficients %s; top 10 %s; PRK %.4f%n", r.heldOut().auc(),
          r.heldOut().brier(), r.heldOut().logLoss(), r.heldOut().n(), r.heldOut().positives(), r.trainRows(),
          r.trainPositives(), java.util.Arrays.toString(r.fit().coefficients()), top, prk.score());
    }
  }
}
