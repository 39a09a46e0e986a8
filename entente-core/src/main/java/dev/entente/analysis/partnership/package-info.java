/** Partnership ladders: an actor's partners on a date ranked by the tier of their current label. */
package dev.entente.analysis.partnership;
