/** The renewal calendar: automatic extensions, expiries, notice deadlines and ends of treaties in a window. */
package dev.entente.analysis.renewal;
