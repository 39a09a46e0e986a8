/** Readers of landscape-model inputs: sizes and pairwise propensities as CSV files. */
package dev.entente.io.landscape;
