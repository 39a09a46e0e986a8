/**
 * Alignment of states from their alliance portfolios: portfolio building conventions and the all-dyads computation
 * of the similarity measures of {@code analysis.similarity}.
 */
package dev.entente.analysis.alignment;
