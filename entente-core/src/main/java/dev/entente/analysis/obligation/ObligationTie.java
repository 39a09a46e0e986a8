package dev.entente.analysis.obligation;

import dev.entente.domain.Commitment;
import dev.entente.domain.Obligation;
import java.time.LocalDate;

/**
 * One obligation in force on a date: {@code guarantor} must give {@code obligation} to {@code beneficiary} under
 * {@code commitment}.
 *
 * @param guarantor the party that is bound (actor key)
 * @param beneficiary the party it is bound to (actor key)
 * @param commitment the alliance or membership that binds it
 * @param obligation the obligation type
 * @param conditional whether the pledge holds only under a condition
 * @param clause the article or clause
 * @param condition the condition or wording
 * @param since the first day of the unbroken span, ending on the query date, in which this obligation held (the
 *     latest of: the commitment's start, each side becoming a party, the pledge's start, the end of a suspension)
 */
public record ObligationTie(
    String guarantor,
    String beneficiary,
    Commitment commitment,
    Obligation obligation,
    boolean conditional,
    String clause,
    String condition,
    LocalDate since) {}
