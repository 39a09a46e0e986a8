package dev.entente.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An error answered as JSON: {@code {"error": ..., "parameter": ..., "value": ..., "allowed": ...}} with an HTTP
 * status (400 bad parameter, 404 unknown actor or route, 409 data not imported). Fields that do not apply are left
 * out. The message is one line for a person; it never holds a stack trace or internals.
 */
public final class ApiException extends RuntimeException {

  private final int status;
  private final transient Map<String, Object> body;

  private ApiException(int status, Map<String, Object> body) {
    super(String.valueOf(body.get("error")), null, false, false);
    this.status = status;
    this.body = body;
  }

  /** A 400 for a parameter: its name, the value given and what is allowed. */
  public static ApiException badParameter(String parameter, String value, String error, Object allowed) {
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("error", error);
    b.put("parameter", parameter);
    b.put("value", value);
    if (allowed != null) {
      b.put("allowed", allowed);
    }
    return new ApiException(400, b);
  }

  /** A 404 for an actor that no code names. */
  public static ApiException unknownActor(String parameter, String value, String error) {
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("error", error);
    b.put("parameter", parameter);
    b.put("value", value);
    return new ApiException(404, b);
  }

  /** A 409 for data that is not imported, with the commands that import it. */
  public static ApiException notImported(List<String> datasets, List<String> commands) {
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("error", String.join(" and ", datasets) + (datasets.size() == 1 ? " is" : " are")
        + " not imported; import with: " + String.join("; ", commands));
    b.put("missing", datasets);
    b.put("commands", commands);
    return new ApiException(409, b);
  }

  /** A 409 for data of which any one import would do (events: GDELT or ICEWS); {@code "one_of": true}. */
  public static ApiException notImportedAnyOf(String what, List<String> commands) {
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("error", what + " not imported; import with one of: " + String.join("; ", commands));
    b.put("missing", List.of(what));
    b.put("commands", commands);
    b.put("one_of", true);
    return new ApiException(409, b);
  }

  /** Any other status with a message. */
  public static ApiException of(int status, String error) {
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("error", error);
    return new ApiException(status, b);
  }

  public int status() {
    return status;
  }

  /** The JSON body. */
  public Map<String, Object> body() {
    return body;
  }
}
