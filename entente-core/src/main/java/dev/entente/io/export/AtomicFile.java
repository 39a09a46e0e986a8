package dev.entente.io.export;

import dev.entente.error.UserInputException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a UTF-8 text file through a temporary file moved into place, so a failure never leaves half a file. */
final class AtomicFile {

  /** The body of a write. */
  interface Body {
    void write(Writer w) throws IOException;
  }

  private AtomicFile() {}

  static void write(Path out, Body body) {
    Path target = out.toAbsolutePath();
    try {
      Files.createDirectories(target.getParent());
      Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
      try {
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8), 1 << 20)) {
          body.write(w);
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UserInputException("cannot write " + out + ": " + e.getMessage(), e);
    }
  }
}
