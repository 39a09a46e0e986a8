/** Dyad-year frames: all pairs of state-system members per year, with alliance and capability data added. */
package dev.entente.analysis.dyads;
