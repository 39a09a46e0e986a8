/** One picocli command per verb: obligations, ties, partners, renewals, actors, show, sql, export, brief. */
package dev.entente.cli.commands;
