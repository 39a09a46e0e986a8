/** Naming actors: ISO3, COW abbreviation, COW number or organisation code, with ambiguity reported. */
package dev.entente.analysis.actor;
