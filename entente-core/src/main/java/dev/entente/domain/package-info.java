/**
 * The commitment model: actors, commitments of four kinds, obligations, dates with explicit precision and open or
 * unknown ends. Records and enums only; no I/O, and nothing from the rest of entente.
 */
package dev.entente.domain;
