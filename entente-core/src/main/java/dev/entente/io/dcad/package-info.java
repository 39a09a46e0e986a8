/** The Defense Cooperation Agreement Dataset (Kinne 2020): agreement-level importer. */
package dev.entente.io.dcad;
