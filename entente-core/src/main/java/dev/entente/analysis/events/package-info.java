/**
 * Event-data analyses: the dyad-period aggregation of machine-coded events ({@link
 * dev.entente.analysis.events.EventAggregation}), defined once as SQL over the store's {@code events} table.
 */
package dev.entente.analysis.events;
