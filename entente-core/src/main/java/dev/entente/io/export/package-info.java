/** Writing analysis results to files (CSV, JSON) with the conventions and data versions behind them. */
package dev.entente.io.export;
