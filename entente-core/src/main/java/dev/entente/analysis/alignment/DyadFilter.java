package dev.entente.analysis.alignment;

import java.util.List;

/** The dyads a computation is limited to (unordered pairs of COW codes; none = every dyad). */
final class DyadFilter {

  private DyadFilter() {}

  static boolean wanted(List<int[]> dyads, int a, int b) {
    if (dyads.isEmpty()) {
      return true;
    }
    for (int[] d : dyads) {
      if (d[0] == a && d[1] == b || d[0] == b && d[1] == a) {
        return true;
      }
    }
    return false;
  }
}
