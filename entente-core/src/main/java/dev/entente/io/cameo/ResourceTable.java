package dev.entente.io.cameo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A tab-separated table on the class path: {@code # version: V} and other comment lines, a header, rows. */
record ResourceTable(String version, List<String> header, List<String[]> rows) {

  static ResourceTable load(String name) {
    try (InputStream in = ResourceTable.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the code table " + name + " is missing from the program");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String version = null;
      List<String> header = null;
      List<String[]> rows = new ArrayList<>();
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("# version: ")) {
          version = line.substring("# version: ".length()).strip();
        } else if (!line.startsWith("#") && !line.isEmpty()) {
          String[] f = line.split("\t", -1);
          if (header == null) {
            header = Arrays.asList(f);
          } else {
            rows.add(f);
          }
        }
      }
      return new ResourceTable(version, List.copyOf(header), List.copyOf(rows));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the code table " + name, e);
    }
  }

  int column(String name) {
    int i = header.indexOf(name);
    if (i < 0) {
      throw new IllegalStateException("the code table has no column " + name);
    }
    return i;
  }
}
