/** An actor's commitments on a date, of any kind. */
package dev.entente.analysis.ties;
