package dev.entente.io.curated;

import dev.entente.error.DataFileException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Where the curated files are read from: inside the program (the default) or a directory (an edited copy). */
public interface CuratedFiles {

  /** The text of a file, decoded strictly as UTF-8. */
  String read(String name);

  /** Where the files come from, for messages and provenance. */
  String describe();

  /** The dataset shipped inside entente. */
  static CuratedFiles builtIn() {
    return new CuratedFiles() {
      private static final String ROOT = "/dev/entente/curated/";

      @Override
      public String read(String name) {
        try (InputStream in = CuratedFiles.class.getResourceAsStream(ROOT + name)) {
          if (in == null) {
            throw new DataFileException(name, 0, "", "", "listed in index.txt but not found in the program");
          }
          return decode(name, in.readAllBytes());
        } catch (IOException e) {
          throw new DataFileException(name, 0, "", "", "cannot be read: " + e.getMessage());
        }
      }

      @Override
      public String describe() {
        return "built-in";
      }
    };
  }

  /** A directory holding {@code index.txt} and the files it lists. */
  static CuratedFiles directory(Path dir) {
    return new CuratedFiles() {
      @Override
      public String read(String name) {
        Path file = dir.resolve(name);
        try {
          return decode(file.toString(), Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
          throw new DataFileException(file.toString(), 0, "", "", "file not found");
        } catch (IOException e) {
          throw new DataFileException(file.toString(), 0, "", "", "cannot be read: " + e.getMessage());
        }
      }

      @Override
      public String describe() {
        return dir.toString();
      }
    };
  }

  private static String decode(String name, byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new DataFileException(name, 0, "", "", "is not valid UTF-8");
    }
  }
}
