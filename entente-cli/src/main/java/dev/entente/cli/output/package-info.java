/** Rendering of command results as an aligned terminal table, CSV (RFC 4180, header row) or a JSON array. */
package dev.entente.cli.output;
