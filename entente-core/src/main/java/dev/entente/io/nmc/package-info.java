/**
 * The Correlates of War National Material Capabilities data (state-year military, industrial and demographic
 * capabilities and the CINC score), imported into the {@code nmc} table.
 */
package dev.entente.io.nmc;
