/**
 * ICEWS coded events in the Harvard Dataverse tab-separated format (EVENT-DATA.md §4.2): 20 columns with a header
 * line; actors are names and sectors, not CAMEO actor codes.
 */
package dev.entente.io.icews;
