/**
 * Foreign-policy similarity of two states from the cross-tabulation of their positions: Signorino and Ritter's S,
 * Bueno de Mesquita's τ_b, Häge's chance-corrected κ and π, and the UN voting agreement index.
 *
 * <p>A {@link dev.entente.analysis.similarity.ContingencyTable} holds one dyad's positions toward the third states
 * (alliance portfolios) or on the roll calls (UN votes); each
 * {@link dev.entente.analysis.similarity.SimilarityMeasure} computes its score from the table alone, in time that
 * depends on the number of levels and not on the number of third states. A score that the formula cannot give (an
 * empty table, a zero denominator) is a {@link dev.entente.analysis.similarity.Similarity.Undefined} with the
 * reason, never {@code NaN} and never a substitute 0. Formulas, sources and reference values: METHODS.md Part B.2–B.5
 * and C.1–C.4.
 */
package dev.entente.analysis.similarity;
