package dev.entente.spark;

import dev.entente.io.gdelt.GdeltLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Small GDELT 1.0 daily-layout files (58 tab-separated columns) written by tests. */
final class GdeltFixture {

  private static final List<String> COLUMNS = GdeltLayout.columns(58);

  private GdeltFixture() {}

  /**
   * One event line; blank fields except these.
   *
   * @param actor1Code Actor1Code, or null for blank
   */
  static String line(long id, String date, String actor1Code, String country1, String country2, String code) {
    String[] f = new String[COLUMNS.size()];
    Arrays.fill(f, "");
    set(f, "GLOBALEVENTID", Long.toString(id));
    set(f, "SQLDATE", date);
    set(f, "Actor1Code", actor1Code == null ? "" : actor1Code);
    set(f, "Actor1CountryCode", country1);
    set(f, "Actor2CountryCode", country2);
    set(f, "EventCode", code);
    set(f, "EventBaseCode", code.substring(0, 3));
    set(f, "EventRootCode", code.substring(0, 2));
    set(f, "IsRootEvent", "1");
    set(f, "NumMentions", "1");
    set(f, "DATEADDED", "20150601");
    return String.join("\t", f);
  }

  private static void set(String[] f, String column, String value) {
    f[COLUMNS.indexOf(column)] = value;
  }

  static Path write(Path file, String... lines) {
    try {
      Files.createDirectories(file.getParent());
      return Files.write(file, List.of(lines), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
