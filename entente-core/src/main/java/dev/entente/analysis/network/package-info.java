/**
 * Commitment networks and their structure: who is tied to whom at a date or in a year (from the curated
 * commitments, ATOP or COW), and the measures that tell a hub-and-spoke system from collective security (Freeman
 * degree centralization, hub clustering, transitivity, density, bilateral share, communities, modularity,
 * polarization). Definitions in {@code shared/docs/METHODS.md} §B.10.
 */
package dev.entente.analysis.network;
