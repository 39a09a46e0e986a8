package dev.entente.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * A security arrangement that is not a treaty of alliance: a defence cooperation or reciprocal access agreement,
 * basing access, a unilateral guarantee, a designation such as US Major Non-NATO Ally.
 *
 * @param header identity, parties, dates, sources
 * @param type what kind of arrangement
 * @param direction who grants what to whom, for one-sided arrangements ({@code USA -> THA}; {@code CHN -> DJI} for
 *     China's base in Djibouti)
 */
public record SecurityArrangement(Header header, ArrangementType type, Optional<Direction> direction)
    implements Commitment {

  public SecurityArrangement {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(direction, "direction");
  }

  @Override
  public CommitmentKind kind() {
    return CommitmentKind.ARRANGEMENT;
  }

  /**
   * The two sides of a one-sided arrangement.
   *
   * @param from the side that grants (designates, guarantees, holds the base)
   * @param to the other side
   */
  public record Direction(String from, String to) {
    public Direction {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }
  }
}
