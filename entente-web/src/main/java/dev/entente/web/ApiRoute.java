package dev.entente.web;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One GET route of the API: its path (Javalin syntax, {@code {name}} for a path parameter), a one-line summary,
 * its declared parameters, the handler that turns validated parameters into a JSON-serialisable answer, and
 * whether it may answer 409 because the datasets it reads are not imported.
 */
public record ApiRoute(
    String path, String summary, List<Param> params, Function<Query, Object> handler, boolean needsImports) {

  /** A route over the catalog only (never 409). */
  public ApiRoute(String path, String summary, List<Param> params, Function<Query, Object> handler) {
    this(path, summary, params, handler, false);
  }

  public ApiRoute {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(summary, "summary");
    params = List.copyOf(params);
    Objects.requireNonNull(handler, "handler");
  }
}
