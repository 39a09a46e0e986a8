/** Cross-checks of the curated dataset against the research datasets (ATOP 5.1). */
package dev.entente.analysis.crosscheck;
