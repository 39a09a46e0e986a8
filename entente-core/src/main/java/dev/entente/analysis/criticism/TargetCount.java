package dev.entente.analysis.criticism;

/**
 * The source's events towards one target in a window.
 *
 * @param target the target state (ISO3)
 * @param events all the source's events towards it
 * @param criticism those with a criticism code
 */
public record TargetCount(String target, long events, long criticism) {
  public TargetCount {
    if (events < 0 || criticism < 0 || criticism > events) {
      throw new IllegalArgumentException("counts " + criticism + " of " + events + " are not possible");
    }
  }

  /** Adds another count for the same target. */
  TargetCount plus(TargetCount other) {
    return new TargetCount(target, events + other.events, criticism + other.criticism);
  }
}
