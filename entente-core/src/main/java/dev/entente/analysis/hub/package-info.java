/** Hub-and-spoke alliance systems: a hub's spokes in a region and the ties among them. */
package dev.entente.analysis.hub;
