package dev.entente.analysis.defacto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The fit against closed forms, the ridge optimum's first-order condition, and hand-computed fit quality. */
class LogisticRegressionTest {

  /** One binary predictor: the maximum-likelihood fit is β0 = logit(p̂ | x=0), β1 = logit(p̂ | x=1) − β0. */
  @Test
  void aBinaryPredictorGivesTheEmpiricalLogOdds() {
    // x = 0: 3 of 10 positive; x = 1: 8 of 10 positive
    double[][] x = new double[20][];
    int[] y = new int[20];
    for (int i = 0; i < 20; i++) {
      x[i] = new double[] {i < 10 ? 0 : 1};
      y[i] = i < 10 ? (i < 3 ? 1 : 0) : (i < 18 ? 1 : 0);
    }
    LogisticRegression.Fit fit = LogisticRegression.fit(x, y, 0, 100, 1e-12);
    assertThat(fit.converged()).isTrue();
    assertThat(fit.coefficients()[0]).isCloseTo(Math.log(3.0 / 7.0), within(1e-9));
    assertThat(fit.coefficients()[1]).isCloseTo(Math.log(8.0 / 2.0) - Math.log(3.0 / 7.0), within(1e-9));
  }

  /** At the ridge optimum, Xᵀ(y − p) = λβ for every penalised coefficient and 0 for the intercept. */
  @Test
  void theRidgeOptimumSatisfiesItsFirstOrderCondition() {
    double[][] x = {{-1.2, 0.3}, {0.4, -0.8}, {1.5, 1.1}, {0.2, 0.2}, {-0.7, -1.4}, {2.0, 0.5}, {-1.9, 1.7}, {0.9, -0.1}};
    int[] y = {0, 0, 1, 1, 0, 1, 0, 1};
    double lambda = 0.7;
    LogisticRegression.Fit fit = LogisticRegression.fit(x, y, lambda, 100, 1e-12);
    double[] g = new double[3];
    for (int i = 0; i < x.length; i++) {
      double r = y[i] - fit.probability(x[i]);
      g[0] += r;
      g[1] += r * x[i][0];
      g[2] += r * x[i][1];
    }
    assertThat(g[0]).isCloseTo(0, within(1e-10));
    assertThat(g[1]).isCloseTo(lambda * fit.coefficients()[1], within(1e-10));
    assertThat(g[2]).isCloseTo(lambda * fit.coefficients()[2], within(1e-10));
  }

  @Test
  void aucBrierAndLogLossByHand() {
    double[] p = {0.9, 0.4, 0.4, 0.2};
    int[] y = {1, 1, 0, 0};
    FitQuality q = FitQuality.of(p, y);
    // pairs (pos, neg): (0.9,0.4) 1, (0.9,0.2) 1, (0.4,0.4) 0.5, (0.4,0.2) 1 -> 3.5 / 4
    assertThat(q.auc()).isEqualTo(0.875);
    assertThat(q.brier()).isCloseTo((0.01 + 0.36 + 0.16 + 0.04) / 4, within(1e-15));
    assertThat(q.logLoss()).isCloseTo(-(Math.log(0.9) + Math.log(0.4) + Math.log(0.6) + Math.log(0.8)) / 4,
        within(1e-15));
    assertThat(FitQuality.of(new double[] {0.5}, new int[] {1}).auc()).isNaN();
  }
}
