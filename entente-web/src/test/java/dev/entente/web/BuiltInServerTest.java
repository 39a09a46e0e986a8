package dev.entente.web;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** A test class served by one {@link TestServer} over a fresh store of the built-in data, for all its tests. */
abstract class BuiltInServerTest {

  @TempDir static Path dir;
  static TestServer s;

  @BeforeAll
  static void startServer() {
    s = new TestServer(dir);
  }

  @AfterAll
  static void stopServer() {
    s.close();
  }
}
