package dev.entente.analysis.criticism;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Directed event counts from imported (or in-memory) event data. */
public interface EventCounts {

  /**
   * The events of {@code source} towards every target state, by event date in the calendar years
   * {@code first..last}: how many in all and how many with a code in {@code codes} (exact match on the CAMEO code
   * string). Events whose source or target is not a state (no ISO3 country code) are not counted; self-directed
   * events (source = target) are not counted.
   *
   * @return target ISO3 → counts; targets without events are absent
   */
  Map<String, TargetCount> towards(String source, int first, int last, Set<String> codes);

  /** What the counts rest on (datasets, versions, conventions), one line each. */
  List<String> provenance();
}
