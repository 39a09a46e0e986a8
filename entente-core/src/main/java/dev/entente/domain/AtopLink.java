package dev.entente.domain;

import java.util.List;
import java.util.Objects;

/**
 * How a curated treaty relates to the ATOP 5.1 dataset: the ATOP ids of the same treaty and the aspects on which
 * the curated record knowingly differs from ATOP, each with its explanation.
 *
 * @param atopIds ATOP {@code atopid}s (empty when ATOP does not cover the treaty)
 * @param notes explained differences
 */
public record AtopLink(List<Integer> atopIds, List<AtopNote> notes) {
  public AtopLink {
    atopIds = List.copyOf(atopIds);
    notes = List.copyOf(notes);
  }

  /** No ATOP counterpart. */
  public static AtopLink none() {
    return new AtopLink(List.of(), List.of());
  }

  /** Whether the record explains a difference on {@code aspect}. */
  public boolean explains(AtopNote.Aspect aspect) {
    return notes.stream().anyMatch(n -> n.aspect() == aspect);
  }

  /**
   * An explained difference from ATOP.
   *
   * @param aspect members, start or obligations
   * @param explanation why
   */
  public record AtopNote(Aspect aspect, String explanation) {
    public AtopNote {
      Objects.requireNonNull(aspect, "aspect");
      Objects.requireNonNull(explanation, "explanation");
    }

    /** What a note explains. */
    public enum Aspect {
      MEMBERS,
      START,
      OBLIGATIONS
    }
  }
}
