package dev.entente.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the research datasets are: {@code $ENTENTE_TEST_DATA}, else the {@code entente.test.data} system property
 * (set by the build to {@code ../shared/data}). Tests that need them call {@link #require(String)}, which skips the
 * test with a message when the data is absent, so a fresh clone anywhere still passes.
 */
public final class TestData {

  private TestData() {}

  /** The data directory, if present. */
  public static Optional<Path> root() {
    String env = System.getenv("ENTENTE_TEST_DATA");
    String prop = System.getProperty("entente.test.data");
    for (String candidate : new String[] {env, prop, "../../shared/data", "../shared/data"}) {
      if (candidate != null && !candidate.isBlank() && Files.isDirectory(Path.of(candidate))) {
        return Optional.of(Path.of(candidate).toAbsolutePath().normalize());
      }
    }
    return Optional.empty();
  }

  /** A file under the data directory; skips the calling test when it is missing. */
  public static Path require(String relative) {
    Optional<Path> root = root();
    Assumptions.assumeTrue(
        root.isPresent(),
        "research datasets not found (set ENTENTE_TEST_DATA or put them in ../shared/data): skipping");
    Path file = root.get().resolve(relative);
    Assumptions.assumeTrue(Files.exists(file), file + " is missing: skipping");
    return file;
  }
}
