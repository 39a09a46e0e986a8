package dev.entente.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * One stage of a strategic partnership: the exact label two sides gave their relation from a date. An upgrade is a
 * later stage for the same pair, which supersedes this one from its start. A partnership creates no obligation.
 *
 * @param header identity, the two parties (the labelling side first), start, sources
 * @param label the exact label as published in English
 * @param labelOriginal the label in the original language, if recorded
 */
public record Partnership(Header header, String label, Optional<String> labelOriginal) implements Commitment {
  public Partnership {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(labelOriginal, "labelOriginal");
    if (header.parties().size() != 2) {
      throw new IllegalArgumentException(
          "partnership " + header.id() + " needs exactly two parties, has " + header.parties().size());
    }
  }

  @Override
  public CommitmentKind kind() {
    return CommitmentKind.PARTNERSHIP;
  }

  /** The side that is not {@code actor}. */
  public String other(String actor) {
    String first = header.parties().get(0).actor();
    return first.equals(actor) ? header.parties().get(1).actor() : first;
  }
}
