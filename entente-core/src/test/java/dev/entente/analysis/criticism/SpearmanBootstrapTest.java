package dev.entente.analysis.criticism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Spearman's ρ against an independent Python computation (spearman.py, output in spearman.out). */
class SpearmanBootstrapTest {

  private static final double[] X = {0.3, -1.2, 0.3, 2.5, 0.0, 1.1, -0.4, 0.3, 2.0, -2.2};
  private static final double[] Y = {5.0, 1.0, 4.0, 9.0, 2.0, 2.0, 3.0, 7.0, 8.0, 0.5};

  private static String golden(String key) throws IOException {
    try (InputStream in = SpearmanBootstrapTest.class.getResourceAsStream("spearman.out")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> l.startsWith(key + " ")).findFirst().orElseThrow().substring(key.length() + 1);
    }
  }

  @Test
  void averageRanksAndRhoMatchThePythonScript() throws IOException {
    double[] ranks = Arrays.stream(golden("ranks_x").split(" ")).mapToDouble(Double::parseDouble).toArray();
    assertThat(SpearmanBootstrap.ranks(X)).containsExactly(ranks);
    assertThat(SpearmanBootstrap.rho(X, Y)).isCloseTo(Double.parseDouble(golden("rho")), within(1e-12));
  }

  @Test
  void theIntervalIsReproducibleFromTheSeedAndHoldsRho() {
    SpearmanBootstrap.Result a = SpearmanBootstrap.compute(X, Y, 500, 7L, 0.9);
    SpearmanBootstrap.Result b = SpearmanBootstrap.compute(X, Y, 500, 7L, 0.9);
    assertThat(a).isEqualTo(b);
    assertThat(a.low()).isLessThan(a.rho()).isGreaterThan(-1);
    assertThat(a.high()).isGreaterThan(a.rho()).isLessThanOrEqualTo(1);
    assertThat(a.n()).isEqualTo(10);
  }

  @Test
  void aConstantVariableHasNoRho() {
    assertThat(SpearmanBootstrap.rho(new double[] {1, 2, 3}, new double[] {4, 4, 4})).isNaN();
    assertThat(SpearmanBootstrap.compute(new double[] {1, 2}, new double[] {1, 2}, 10, 1L, 0.95).rho()).isNaN();
  }
}
