package dev.entente.analysis.defacto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A planted dataset: pacts follow logistic(−3 + 2·un_agree + 1·dca) in standardised units, coop_share is noise,
 * goldstein_mean is almost never observed. The model must recover the signs, drop the sparse feature with its
 * reason, rank a planted ally-like partner first and leave a partner with a missing feature unscored.
 */
class PlantedDeFactoTest {

  /** 60 states; state 1 is the actor; state 2 looks like an ally in the scoring year 2020 (no label then). */
  private static final class Planted implements FeatureSource {
    @Override
    public FeatureFrame frame(int first, int last, List<String> features) {
      SplittableRandom random = new SplittableRandom(first * 31L + last);
      List<double[]> rows = new ArrayList<>();
      for (int y = first; y <= last; y++) {
        for (int a = 1; a <= 60; a++) {
          for (int b = a + 1; b <= 60; b++) {
            double u = random.nextGaussian();
            double d = random.nextGaussian();
            double c = random.nextGaussian();
            if (y == 2020 && a == 1 && b == 2) {
              u = 2.5;
              d = 2.0;
            }
            double p = 1 / (1 + Math.exp(-(-3 + 2 * u + d)));
            int label = y > 2018 ? -1 : random.nextDouble() < p ? 1 : 0;
            double g = random.nextDouble() < 0.05 ? random.nextGaussian() : Double.NaN;
            rows.add(new double[] {a, b, y, label, u, d, y == 2020 && a == 1 && b == 3 ? Double.NaN : c, g});
          }
        }
      }
      int n = rows.size();
      int[] c1 = new int[n];
      int[] c2 = new int[n];
      int[] yr = new int[n];
      int[] lab = new int[n];
      double[][] v = new double[features.size()][n];
      for (int i = 0; i < n; i++) {
        double[] r = rows.get(i);
        c1[i] = (int) r[0];
        c2[i] = (int) r[1];
        yr[i] = (int) r[2];
        lab[i] = (int) r[3];
        for (int f = 0; f < features.size(); f++) {
          v[f][i] = r[4 + List.of("un_agree", "dca", "coop_share", "goldstein_mean").indexOf(features.get(f))];
        }
      }
      return new FeatureFrame(features, c1, c2, yr, lab, v, List.of("planted"));
    }
  }

  @Test
  void thePlantedSignsAndTheAllyLikePartnerAreRecovered() {
    DeFactoRequest request = new DeFactoRequest(1, 2020, 2001, 2010, 2011, 2014,
        List.of("un_agree", "dca", "coop_share", "goldstein_mean"), 1.0, 0.5);
    DeFactoResult r = new DeFactoAllianceScore(new Planted()).compute(request);
    assertThat(r.features()).containsExactly("un_agree", "dca", "coop_share");
    assertThat(r.dropped()).containsOnlyKeys("goldstein_mean");
    assertThat(r.fit().converged()).isTrue();
    double[] b = r.fit().coefficients();
    // standardised coefficients: planted 2 and 1 (the features are standard normal), noise near 0
    assertThat(b[1]).isBetween(1.6, 2.4);
    assertThat(b[2]).isBetween(0.7, 1.3);
    assertThat(Math.abs(b[3])).isLessThan(0.2);
    assertThat(r.heldOut().auc()).isGreaterThan(0.8);
    assertThat(r.partners().get(0).ccode()).isEqualTo(2);
    assertThat(r.partners().get(0).score()).isGreaterThan(0.8);
    assertThat(r.partners().get(0).pact()).isNull();
    DeFactoResult.Partner three = r.partners().stream().filter(p -> p.ccode() == 3).findFirst().orElseThrow();
    assertThat(three.score()).isNull();
    assertThat(three.reason()).isEqualTo("no coop_share in 2020");
    assertThat(r.partners().get(r.partners().size() - 1).ccode()).isEqualTo(3);
    // contributions add up to the log-odds
    DeFactoResult.Partner top = r.partners().get(0);
    double z = b[0] + top.contributions()[0] + top.contributions()[1] + top.contributions()[2];
    assertThat(1 / (1 + Math.exp(-z))).isEqualTo(top.score(), org.assertj.core.api.Assertions.within(1e-12));
    System.out.printf("planted de facto: b = %.3f %.3f %.3f %.3f, held-out AUC %.3f over %d dyad-years%n",
        b[0], b[1], b[2], b[3], r.heldOut().auc(), r.heldOut().n());
  }
}
