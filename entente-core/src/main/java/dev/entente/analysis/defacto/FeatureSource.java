package dev.entente.analysis.defacto;

import java.util.List;

/** Labelled dyad-year features; {@link MeasuredFeatures} builds them from entente's data. */
public interface FeatureSource {

  /** Every dyad-year of {@code first..last} with the named features. */
  FeatureFrame frame(int first, int last, List<String> features);
}
