package dev.entente.analysis.alignment;

import java.util.Objects;

/**
 * The UN General Assembly votes of one session (or calendar year): {@code votes[i][r]} is state {@code ccodes[i]}'s
 * vote on roll call r as a level — 0 yes, 1 abstain, 2 no — or -1 when it did not vote (absent, not a member, no
 * record), which drops that roll call from every dyad of the state.
 *
 * @param period the session number, or the year
 * @param year the calendar year the session belongs to (Voeten's {@code year}), or the year itself
 * @param ccodes the states that cast at least one vote
 * @param votes the vote matrix (states × roll calls)
 */
public record VoteSession(int period, int year, int[] ccodes, byte[][] votes) {
  public VoteSession {
    Objects.requireNonNull(ccodes, "ccodes");
    Objects.requireNonNull(votes, "votes");
  }
}
