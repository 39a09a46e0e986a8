package dev.entente.analysis.criticism;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The targets' relative alignment: with the rival minus with the source, per alignment measure. */
public interface Alignments {

  /**
   * For each measure, target (ISO3) → relative alignment in the years {@code first..last}; a target without a
   * defined value is absent from that measure's map.
   */
  Map<String, Map<String, Double>> relative(String source, String rival, Set<String> targets, int first, int last);

  /** The measures, in order. */
  List<String> measures();

  /** The data versions and conventions used, one line each. */
  List<String> provenance();
}
