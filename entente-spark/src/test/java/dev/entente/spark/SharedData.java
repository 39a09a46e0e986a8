package dev.entente.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * A file of the research data (../shared/data, or {@code $ENTENTE_TEST_DATA}, or the build's
 * {@code entente.test.data} property), as entente-core's tests find it; a test that needs a missing file is skipped
 * with a message. (entente-core's {@code TestData} is in its test classes, which other modules do not see.)
 */
final class SharedData {

  private SharedData() {}

  static Path require(String relative) {
    String root = null;
    for (String c : new String[] {System.getenv("ENTENTE_TEST_DATA"), System.getProperty("entente.test.data"),
        "../../shared/data", "../shared/data"}) {
      if (root == null && c != null && !c.isBlank() && Files.isDirectory(Path.of(c))) {
        root = c;
      }
    }
    Assumptions.assumeTrue(root != null, "research data not found (set ENTENTE_TEST_DATA or put them in ../shared/data):"
        + " skipping");
    Path file = Path.of(root).resolve(relative).toAbsolutePath().normalize();
    Assumptions.assumeTrue(Files.exists(file), file + " is missing: skipping");
    return file;
  }
}
