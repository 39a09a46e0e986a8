/**
 * GDELT event exports: the GDELT 1.0 historical backfiles (57 columns) and daily files (58), GDELT 2.0
 * 15-minute exports (61), and GDELT 1.0 files re-exported with a header line (R's {@code write.csv}); plain,
 * {@code .gz} or {@code .zip}. Column lists: the GDELT 1.0 and 2.0 event codebooks (see EVENT-DATA.md §4.1).
 */
package dev.entente.io.gdelt;
