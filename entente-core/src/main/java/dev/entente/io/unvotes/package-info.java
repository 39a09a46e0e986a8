/**
 * UN General Assembly roll-call votes: Voeten's published country-vote file and the tables of the {@code unvotes} R
 * package ({@link dev.entente.io.unvotes.UnVotesImporter}), and the Bailey–Strezhnev–Voeten ideal points
 * ({@link dev.entente.io.unvotes.IdealPointsImporter}).
 */
package dev.entente.io.unvotes;
