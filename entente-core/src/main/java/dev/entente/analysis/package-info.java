/**
 * Analyses over the commitment catalog: one sub-package per question, each class named after what it computes,
 * each returning immutable result records. Analyses read through {@link dev.entente.store.CatalogSource}'s
 * {@link dev.entente.domain.Catalog} and never write.
 */
package dev.entente.analysis;
