package dev.entente.cli;

import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code --on DATE} option of the commands that answer "on a date". */
public final class OnDate {

  @Option(names = "--on", paramLabel = "DATE", description = "The date (YYYY-MM-DD). Default: today.")
  String on;

  /** The date given, or today. */
  public LocalDate orToday() {
    return given().orElseGet(LocalDate::now);
  }

  /** The date given, if any; a bad value is a user error naming the option. */
  public Optional<LocalDate> given() {
    return on == null ? Optional.empty() : Optional.of(CliContext.date("--on", on));
  }
}
