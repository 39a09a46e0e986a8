/** Strict readers of delimited files and the column layouts datasets are loaded with. */
package dev.entente.io.tabular;
