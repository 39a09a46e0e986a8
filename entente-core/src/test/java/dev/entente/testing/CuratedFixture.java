package dev.entente.testing;

import dev.entente.domain.Catalog;
import dev.entente.io.curated.CuratedFiles;
import dev.entente.io.curated.CuratedLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small curated dataset written to a directory, for tests of the loader and of analyses on known inputs. Every
 * file can be replaced before {@link #load()}.
 */
public final class CuratedFixture {

  public static final String STATES =
      """
      # test states
      ccode\tcowabb\tiso3\tname\tspells
      2\tUSA\tUSA\tUnited States of America\t1816-01-01..
      305\tAUS\tAUT\tAustria\t1919-11-12..1938-03-13;1955-07-27..
      375\tFIN\tFIN\tFinland\t1917-12-06..
      710\tCHN\tCHN\tChina\t1860-01-01..
      731\tPRK\tPRK\tNorth Korea\t1948-09-09..
      740\tJPN\tJPN\tJapan\t1816-01-01..
      900\tAUL\tAUS\tAustralia\t1920-01-10..
      920\tNEW\tNZL\tNew Zealand\t1920-01-10..
      260\tGFR\t\tGerman Federal Republic\t1955-05-05..1990-10-03
      """;

  public static final String TIERS =
      """
      # version: test.1
      # a test tier table
      label\ttier\tbasis
      strategic partnership\t3\ttest
      comprehensive strategic partnership\t4\ttest
      """;

  private final Path dir;
  private final Map<String, String> files = new LinkedHashMap<>();

  public CuratedFixture(Path dir) {
    this.dir = dir;
    files.put("states.tsv", STATES);
    files.put("partnership-tiers.tsv", TIERS);
    files.put("organisations.rec", """
        Kind: organisation
        Code: PACT
        Name: Test Pact Organisation
        Start: 1950-01-01
        Source: Test | n.d. | fixture
        """);
  }

  /** Sets (or replaces) a file. */
  public CuratedFixture with(String name, String text) {
    files.put(name, text);
    return this;
  }

  /** Writes index.txt and the files; returns the directory. */
  public Path write() {
    StringBuilder index = new StringBuilder("version: fixture\n");
    try {
      Files.createDirectories(dir);
      for (Map.Entry<String, String> f : files.entrySet()) {
        index.append(f.getKey()).append('\n');
        Files.writeString(dir.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
      }
      Files.writeString(dir.resolve("index.txt"), index.toString(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dir;
  }

  /** Writes and loads. */
  public Catalog load() {
    return CuratedLoader.load(CuratedFiles.directory(write()));
  }
}
