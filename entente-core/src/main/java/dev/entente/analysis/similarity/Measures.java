package dev.entente.analysis.similarity;

import java.util.List;
import java.util.Objects;

/** The similarity measures by column name, and the standard set for alliance portfolios. */
public final class Measures {

  /** Every name {@link #byName} accepts, in the order it lists them. */
  private static final List<String> NAMES = List.of(
      "s_un", "s_sq", "s_wt", "s_wt_sq", "s_bin", "s_bin_wt", "kappa", "pi", "pi_nominal", "taub", "agree", "agree_exact");

  private Measures() {}

  /**
   * The measures for valued alliance portfolios (levels 0..3, Δ = 3): {@code s_un}, {@code s_sq}, {@code s_wt},
   * {@code kappa}, {@code pi}, {@code pi_nominal}, {@code taub}, in this order.
   */
  public static List<SimilarityMeasure> alliance() {
    return List.of(
        SignorinoRitterS.unweighted(3),
        SignorinoRitterS.squared(3),
        SignorinoRitterS.weighted(3),
        new CohensKappa(),
        new ScottsPi(),
        new ScottsPiNominal(),
        new KendallTauB());
  }

  /**
   * The measure with column name {@code name}, for tables of {@code levels} levels: S takes Δ = levels − 1
   * ({@code s_bin} always Δ = 1 on the binary table).
   *
   * @param name one of {@code s_un, s_sq, s_wt, s_wt_sq, s_bin, kappa, pi, pi_nominal, taub, agree, agree_exact}
   * @param levels the number of levels of the tables it will compute from, {@code >= 2}
   * @throws IllegalArgumentException for an unknown name (the message lists the allowed ones) or levels below 2
   */
  public static SimilarityMeasure byName(String name, int levels) {
    if (levels < 2) {
      throw new IllegalArgumentException("levels must be >= 2, got " + levels);
    }
    int delta = levels - 1;
    return switch (Objects.requireNonNull(name, "name")) {
      case "s_un" -> SignorinoRitterS.unweighted(delta);
      case "s_sq" -> SignorinoRitterS.squared(delta);
      case "s_wt" -> SignorinoRitterS.weighted(delta);
      case "s_wt_sq" -> new SignorinoRitterS(SignorinoRitterS.Distance.SQUARED, true, delta);
      case "s_bin" -> new BinaryS();
      case "s_bin_wt" -> new WeightedBinaryS();
      case "kappa" -> new CohensKappa();
      case "pi" -> new ScottsPi();
      case "pi_nominal" -> new ScottsPiNominal();
      case "taub" -> new KendallTauB();
      case "agree" -> new AgreementIndex(false);
      case "agree_exact" -> new AgreementIndex(true);
      default -> throw new IllegalArgumentException(
          "unknown similarity measure '" + name + "'; allowed: " + String.join(", ", NAMES));
    };
  }
}
