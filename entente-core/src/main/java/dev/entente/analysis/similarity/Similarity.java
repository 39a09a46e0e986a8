package dev.entente.analysis.similarity;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The similarity of two states under one measure: a finite {@link Value}, or {@link Undefined} with the reason the
 * formula gives no number (for example a zero denominator). There is no {@code NaN} and no substitute 0.
 */
public sealed interface Similarity permits Similarity.Value, Similarity.Undefined {

  /**
   * A defined score.
   *
   * @param value the score; finite
   */
  record Value(double value) implements Similarity {
    /** @throws IllegalArgumentException if {@code value} is {@code NaN} or infinite (always a bug in a measure) */
    public Value {
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("a similarity must be finite, got " + value);
      }
    }

    @Override
    public OptionalDouble asOptional() {
      return OptionalDouble.of(value);
    }
  }

  /**
   * No score: the formula is undefined for this table.
   *
   * @param reason why, in words (for example "the weights sum to 0"); not blank
   */
  record Undefined(String reason) implements Similarity {
    /** @throws IllegalArgumentException if {@code reason} is blank */
    public Undefined {
      Objects.requireNonNull(reason, "reason");
      if (reason.isBlank()) {
        throw new IllegalArgumentException("an undefined similarity needs a reason");
      }
    }

    @Override
    public OptionalDouble asOptional() {
      return OptionalDouble.empty();
    }
  }

  /**
   * A defined score.
   *
   * @throws IllegalArgumentException if {@code value} is {@code NaN} or infinite
   */
  static Similarity of(double value) {
    return new Value(value);
  }

  /**
   * No score, for {@code reason}.
   *
   * @throws IllegalArgumentException if {@code reason} is blank
   */
  static Similarity undefined(String reason) {
    return new Undefined(reason);
  }

  /** The score, or empty when undefined. */
  OptionalDouble asOptional();
}
