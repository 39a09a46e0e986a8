/** Saved scenarios: one small text file per scenario in a folder beside the store. */
package dev.entente.io.scenario;
