/** Obligations in force on a date: who must defend (or consult, or stay neutral towards) whom, and since when. */
package dev.entente.analysis.obligation;
