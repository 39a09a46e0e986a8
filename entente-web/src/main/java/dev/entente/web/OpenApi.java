package dev.entente.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The OpenAPI 3.0 description of the API, built from the route table, so every route and parameter the server
 * accepts is described and nothing else is.
 */
final class OpenApi {

  private OpenApi() {}

  static Map<String, Object> document(List<ApiRoute> routes, String version) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("openapi", "3.0.3");
    doc.put("info", Map.of(
        "title", "entente API",
        "version", version,
        "description", "Read-only JSON API over entente's curated commitments and imported datasets. Parameter"
            + " names are the CLI's flag names. Errors are JSON objects {error, parameter, value, allowed}.",
        "license", Map.of("name", "Apache-2.0")));
    Map<String, Object> paths = new LinkedHashMap<>();
    for (ApiRoute r : routes) {
      Map<String, Object> get = new LinkedHashMap<>();
      get.put("summary", r.summary());
      get.put("operationId", operationId(r.path()));
      List<Object> params = new ArrayList<>();
      for (Param p : r.params()) {
        params.add(parameter(p));
      }
      get.put("parameters", params);
      Map<String, Object> responses = new LinkedHashMap<>();
      responses.put("200", Map.of("description", "The answer",
          "content", Map.of("application/json", Map.of("schema", Map.of("type", "object")))));
      responses.put("400", error("A parameter is missing, unknown, repeated or has a bad value"));
      responses.put("404", error("An actor that no code names" + (r.path().contains("{name}")
          ? ", or a scenario that is not saved" : "")));
      if (r.needsImports()) {
        responses.put("409", error("The datasets it needs are not imported (the answer names the import commands)"));
      }
      get.put("responses", responses);
      paths.put(r.path(), Map.of("get", get));
    }
    doc.put("paths", paths);
    Map<String, Object> errorSchema = new LinkedHashMap<>();
    errorSchema.put("type", "object");
    errorSchema.put("required", List.of("error"));
    errorSchema.put("properties", Map.of(
        "error", Map.of("type", "string"),
        "parameter", Map.of("type", "string"),
        "value", Map.of("type", "string", "nullable", true),
        "allowed", Map.of("description", "a list of values or a description of them"),
        "missing", Map.of("type", "array", "items", Map.of("type", "string")),
        "commands", Map.of("type", "array", "items", Map.of("type", "string"))));
    doc.put("components", Map.of("schemas", Map.of("Error", errorSchema)));
    return doc;
  }

  private static String operationId(String path) {
    StringBuilder s = new StringBuilder("get");
    for (String part : path.substring(ApiRoutes.BASE.length()).split("[/{}-]")) {
      if (!part.isEmpty()) {
        s.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return s.toString();
  }

  private static Map<String, Object> error(String description) {
    return Map.of("description", description, "content",
        Map.of("application/json", Map.of("schema", Map.of("$ref", "#/components/schemas/Error"))));
  }

  private static Map<String, Object> parameter(Param p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", p.name());
    m.put("in", p.in());
    m.put("required", p.required());
    m.put("description", p.description());
    Map<String, Object> schema = new LinkedHashMap<>();
    switch (p.type()) {
      case ACTOR -> {
        schema.put("type", "string");
        schema.put("example", "JPN");
      }
      case DATE -> {
        schema.put("type", "string");
        schema.put("format", "date");
      }
      case INTEGER -> {
        schema.put("type", "integer");
        schema.put("minimum", p.min());
        schema.put("maximum", p.max());
      }
      case YEARS -> {
        schema.put("type", "string");
        schema.put("pattern", "^\\d{4}(-\\d{4})?$");
      }
      case BOOLEAN -> schema.put("type", "boolean");
      case CHOICE -> {
        schema.put("type", "string");
        schema.put("enum", p.allowed());
      }
      case CHOICES -> {
        schema.put("type", "string");
        schema.put("description", "comma-separated: " + String.join(", ", p.allowed()));
      }
      case ACTORS -> {
        schema.put("type", "string");
        schema.put("example", "USA,JPN,PHL");
      }
      case REGION -> {
        schema.put("type", "string");
        schema.put("description", "one of " + String.join(", ", dev.entente.analysis.network.Region.NAMES)
            + ", or a comma-separated list of states");
      }
      case TEXT -> {
        schema.put("type", "string");
        schema.put("pattern", p.allowed().get(0));
      }
      case TEXTS -> {
        schema.put("type", "array");
        schema.put("maxItems", Param.MAX_REPEATS);
        schema.put("items", Map.of("type", "string", "pattern", p.allowed().get(0)));
        m.put("explode", true);
      }
      default -> throw new IllegalStateException("type " + p.type());
    }
    if (p.defaultValue() != null) {
      schema.put("default", p.defaultValue());
    }
    m.put("schema", schema);
    return m;
  }
}
