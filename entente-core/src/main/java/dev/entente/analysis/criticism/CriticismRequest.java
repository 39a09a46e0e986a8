package dev.entente.analysis.criticism;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What {@link SelectiveCriticism} computes, every convention named.
 *
 * @param source the criticising state (ISO3)
 * @param rival the rival (ISO3): relative alignment is alignment with it minus alignment with the source
 * @param first the first year of events
 * @param last the last year of events
 * @param alignFirst the first year of the alignment window (default: {@code first})
 * @param alignLast the last year of the alignment window (default: {@code last})
 * @param codes the CAMEO codes counted as criticism (default {@link #DEFAULT_CODES})
 * @param minEvents targets with fewer of the source's events than this are excluded (and counted)
 * @param replicates bootstrap replicates
 * @param seed the bootstrap seed
 * @param level the confidence level of the interval
 * @param outliers how many outliers to list per measure
 */
public record CriticismRequest(
    String source, String rival, int first, int last, int alignFirst, int alignLast, Set<String> codes,
    int minEvents, int replicates, long seed, double level, int outliers) {

  /**
   * The default criticism codes: CAMEO root 11 (DISAPPROVE) at levels 2 and 3 — 110 disapprove, 111 criticize or
   * denounce, 112 accuse and its subcodes 1121–1125 (crime/corruption, human rights abuses, aggression, war crimes,
   * espionage/treason), 113 rally opposition against, 114 complain officially, 115 bring lawsuit against, 116 find
   * guilty or liable. The bare root "11" is not a code events carry.
   */
  public static final List<String> DEFAULT_CODES = List.of(
      "110", "111", "112", "1121", "1122", "1123", "1124", "1125", "113", "114", "115", "116");

  public CriticismRequest {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(rival, "rival");
    codes = Set.copyOf(codes);
    if (source.equals(rival)) {
      throw new IllegalArgumentException("the source and the rival are the same state (" + source + ")");
    }
    if (first > last || alignFirst > alignLast) {
      throw new IllegalArgumentException("a window's first year is after its last");
    }
    if (codes.isEmpty()) {
      throw new IllegalArgumentException("no criticism codes");
    }
    for (String c : codes) {
      if (!c.matches("\\d{2,4}")) {
        throw new IllegalArgumentException("CAMEO code '" + c + "' is not 2 to 4 digits (e.g. 111, 1123)");
      }
    }
    if (minEvents < 1 || replicates < 1 || outliers < 0) {
      throw new IllegalArgumentException("minimum events and replicates must be at least 1, outliers at least 0");
    }
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("confidence level " + level + " is not between 0 and 1");
    }
  }

  /** The defaults: alignment over the event window, the default codes, at least 10 events, 2000 replicates, seed 1, 95%, 5 outliers. */
  public static CriticismRequest of(String source, String rival, int first, int last) {
    return new CriticismRequest(source, rival, first, last, first, last, Set.copyOf(DEFAULT_CODES), 10, 2000, 1L,
        0.95, 5);
  }
}
