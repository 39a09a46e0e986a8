/**
 * The de facto alliance score (issue 6, item 6): a ridge logistic regression, fitted on dyad-years with and
 * without an ATOP defence pact over alignment and behaviour features, that scores how closely a pair's relationship
 * resembles a formal alliance, with each feature's contribution and the fit's quality on held-out years.
 */
package dev.entente.analysis.defacto;
