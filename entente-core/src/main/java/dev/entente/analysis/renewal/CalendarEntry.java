package dev.entente.analysis.renewal;

import dev.entente.domain.Commitment;
import dev.entente.domain.DatePoint;

/**
 * One dated entry of the renewal calendar.
 *
 * @param date when, as precisely as the anchor date allows
 * @param commitment the treaty or membership
 * @param event {@code renewal} (an automatic extension takes effect), {@code notice-deadline} (last day to give
 *     notice before an expiry), {@code expiry} (a fixed term ends), {@code term-end} (a term ends; renewable by
 *     agreement), or the commitment's end reason ({@code terminated}, {@code superseded}, ...) when it ended
 * @param rule the renewal rule in its text form, or the end reason
 * @param reading empty for the default reading; otherwise who reads the rule so
 */
public record CalendarEntry(DatePoint date, Commitment commitment, String event, String rule, String reading) {}
