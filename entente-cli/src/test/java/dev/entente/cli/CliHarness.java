package dev.entente.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Runs the command line in-process against a given store and captures stdout, stderr and the exit code. */
final class CliHarness {

  private final Path db;

  CliHarness(Path db) {
    this.db = db;
  }

  /** The outcome of one run. */
  record Result(int exit, String out, String err) {
    JsonNode json() {
      try {
        return new ObjectMapper().readTree(out);
      } catch (Exception e) {
        throw new AssertionError("stdout is not JSON: " + out, e);
      }
    }

    List<String> lines() {
      return List.of(out.split("\n"));
    }
  }

  Result run(String... args) {
    List<String> all = new ArrayList<>(List.of("--db", db.toString()));
    all.addAll(Arrays.asList(args));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = EntenteCommand.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), false, Map.of());
    return new Result(code, out.toString(), err.toString());
  }
}
