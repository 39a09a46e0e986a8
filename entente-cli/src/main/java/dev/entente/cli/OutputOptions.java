package dev.entente.cli;

import dev.entente.cli.output.Format;
import dev.entente.cli.output.Table;
import dev.entente.cli.output.TableWriter;
import dev.entente.error.UserInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import picocli.CommandLine.Option;

/** The {@code --format} and {@code --out} options every command shares. */
public final class OutputOptions {

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "table, csv or json. Default: from the --out file's extension (.json, .txt, else csv); otherwise table on"
              + " a terminal and csv when piped (brief and show: always the readable text).")
  Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path out;

  /** The format to use: as given, else from the --out extension, else table on a terminal and csv elsewhere. */
  public Format resolve(boolean terminal) {
    return resolve(terminal ? Format.table : Format.csv);
  }

  /** The format to use: as given, else from the --out extension, else {@code fallback}. */
  public Format resolve(Format fallback) {
    if (format != null) {
      return format;
    }
    if (out != null) {
      String name = out.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
      if (name.endsWith(".json")) {
        return Format.json;
      }
      if (name.endsWith(".txt")) {
        return Format.table;
      }
      return Format.csv;
    }
    return fallback;
  }

  /** Writes a table in the chosen format. */
  public void write(Table table, CliContext ctx) {
    emit(TableWriter.render(table, resolve(ctx.terminal())), ctx.out());
  }

  /**
   * Writes {@code text} to --out (through a temporary file moved into place, so a failure never leaves half a file)
   * or to standard output.
   */
  public void emit(String text, PrintWriter stdout) {
    if (out == null) {
      stdout.print(text);
      stdout.flush();
      return;
    }
    Path target = out.toAbsolutePath();
    try {
      Path dir = target.getParent();
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
      try {
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UserInputException("cannot write " + out + ": " + e.getMessage(), e);
    }
  }
}
