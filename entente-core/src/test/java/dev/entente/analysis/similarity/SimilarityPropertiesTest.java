package dev.entente.analysis.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.entente.analysis.similarity.SignorinoRitterS.Distance;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * Identities between measures, and each table-based computation against a brute-force one from the raw vectors, on
 * seeded random positions (STYLE.md §7.5).
 */
class SimilarityPropertiesTest {

  private static final int CASES = 250;

  private static Positions random(RepetitionInfo info, int salt, int levels) {
    Random r = new Random(1_000_003L * salt + info.getCurrentRepetition());
    return Positions.random(r, levels, 1 + r.nextInt(r.nextBoolean() ? 5 : 200));
  }

  private static double value(Similarity s) {
    assertThat(s).isInstanceOf(Similarity.Value.class);
    return s.asOptional().getAsDouble();
  }

  @RepeatedTest(CASES)
  void onVotesSWithDeltaTwoIsTwiceTheAgreementMinusOne(RepetitionInfo info) {
    Positions p = random(info, 1, 3);
    ContingencyTable t = p.table();
    double agree = value(new AgreementIndex(false).compute(t));
    assertThat(value(SignorinoRitterS.unweighted(2).compute(t))).as("%s", p).isCloseTo(2 * agree - 1, within(1e-12));
  }

  @RepeatedTest(CASES)
  void weightedSWithEqualWeightsIsUnweightedS(RepetitionInfo info) {
    Positions p = random(info, 2, 4);
    double c = 1e-3 + new Random(info.getCurrentRepetition()).nextDouble() * 10;
    double[] w = new double[p.n()];
    Arrays.fill(w, c);
    ContingencyTable t = new Positions(4, p.x(), p.y(), w).table();
    assertThat(value(SignorinoRitterS.weighted(3).compute(t))).as("%s", p)
        .isCloseTo(value(SignorinoRitterS.unweighted(3).compute(t)), within(1e-12));
    assertThat(value(new SignorinoRitterS(Distance.SQUARED, true, 3).compute(t))).as("%s", p)
        .isCloseTo(value(SignorinoRitterS.squared(3).compute(t)), within(1e-12));
  }

  @RepeatedTest(CASES)
  void weightedSIsTheSignorinoRitterSumOverTheRawVectors(RepetitionInfo info) {
    Positions p = random(info, 3, 4);
    double sw = 0;
    double swd = 0;
    for (int k = 0; k < p.n(); k++) {
      sw += p.w()[k];
      swd += p.w()[k] * Math.abs(p.x()[k] - p.y()[k]) / 3.0;
    }
    Similarity s = SignorinoRitterS.weighted(3).compute(p.table());
    if (sw == 0) {
      assertThat(s).isInstanceOf(Similarity.Undefined.class);
    } else {
      assertThat(value(s)).as("%s", p).isCloseTo(1 - 2 * swd / sw, within(1e-12));
    }
  }

  @RepeatedTest(CASES)
  void tauBFromTheTableIsKendallsTauBOverTheRawVectors(RepetitionInfo info) {
    Positions p = random(info, 4, 4);
    int n = p.n();
    long concordant = 0;
    long discordant = 0;
    long tiedX = 0;
    long tiedY = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        int dx = Integer.signum(p.x()[i] - p.x()[j]);
        int dy = Integer.signum(p.y()[i] - p.y()[j]);
        concordant += dx * dy > 0 ? 1 : 0;
        discordant += dx * dy < 0 ? 1 : 0;
        tiedX += dx == 0 ? 1 : 0;
        tiedY += dy == 0 ? 1 : 0;
      }
    }
    long pairs = (long) n * (n - 1) / 2;
    Similarity s = new KendallTauB().compute(p.table());
    if (pairs == tiedX || pairs == tiedY) {
      assertThat(s).as("%s", p).isInstanceOf(Similarity.Undefined.class);
    } else {
      double expected = (concordant - discordant) / Math.sqrt((double) (pairs - tiedX) * (pairs - tiedY));
      assertThat(value(s)).as("%s", p).isCloseTo(expected, within(1e-12));
    }
  }

  @RepeatedTest(CASES)
  void kappaFromTheTableIsHagesFormulaOverTheRawVectors(RepetitionInfo info) {
    Positions p = random(info, 5, 4);
    double[] m = moments(p);
    Similarity s = new CohensKappa().compute(p.table());
    if (p.allOneDiagonalCell()) {
      assertThat(s).as("%s", p).isInstanceOf(Similarity.Undefined.class);
    } else {
      double n = p.n();
      double expected = 1 - m[4] / (m[2] + m[3] - (2 / n) * m[0] * m[1]);
      assertThat(value(s)).as("%s", p).isCloseTo(expected, within(1e-12));
    }
  }

  @RepeatedTest(CASES)
  void quadraticPiFromTheTableIsHagesFormulaOverTheRawVectors(RepetitionInfo info) {
    Positions p = random(info, 6, 4);
    double[] m = moments(p);
    Similarity s = new ScottsPi().compute(p.table());
    if (p.allOneDiagonalCell()) {
      assertThat(s).as("%s", p).isInstanceOf(Similarity.Undefined.class);
    } else {
      double n = p.n();
      double expected = 1 - m[4] / (m[2] + m[3] - (m[0] + m[1]) * (m[0] + m[1]) / (2 * n));
      assertThat(value(s)).as("%s", p).isCloseTo(expected, within(1e-12));
    }
  }

  @RepeatedTest(CASES)
  void nominalPiFromTheTableIsFpsimSpiOverTheRawVectors(RepetitionInfo info) {
    Positions p = random(info, 7, 4);
    double n = p.n();
    double observed = 0;
    double[] pooled = new double[4];
    for (int k = 0; k < p.n(); k++) {
      observed += p.x()[k] == p.y()[k] ? 1 / n : 0;
      pooled[p.x()[k]] += 1 / (2 * n);
      pooled[p.y()[k]] += 1 / (2 * n);
    }
    double expectedAgreement = 0;
    for (double ma : pooled) {
      expectedAgreement += ma * ma;
    }
    Similarity s = new ScottsPiNominal().compute(p.table());
    if (p.allOneDiagonalCell()) {
      assertThat(s).as("%s", p).isInstanceOf(Similarity.Undefined.class);
    } else {
      assertThat(value(s)).as("%s", p)
          .isCloseTo((observed - expectedAgreement) / (1 - expectedAgreement), within(1e-12));
    }
  }

  /** Häge's sufficient statistics {s1, s2, ss1, ss2, ssd} from the raw vectors. */
  private static double[] moments(Positions p) {
    double[] m = new double[5];
    for (int k = 0; k < p.n(); k++) {
      int x = p.x()[k];
      int y = p.y()[k];
      m[0] += x;
      m[1] += y;
      m[2] += x * x;
      m[3] += y * y;
      m[4] += (x - y) * (x - y);
    }
    return m;
  }
}
