package dev.entente.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's error pages as JSON: requests that Jetty rejects before they reach the routes (a malformed URI or
 * encoding, an over-long header, an ambiguous path) get {@code {"error": "..."}} with the status' reason phrase —
 * never an HTML page, a message with internals or a stack trace.
 */
final class JsonErrorHandler extends ErrorHandler {

  JsonErrorHandler() {
    setShowStacks(false);
    setShowCauses(false);
  }

  static String body(int code) {
    String reason = HttpStatus.getMessage(code);
    String text = code >= 500 ? "internal error" : "bad request: " + (reason == null ? "status " + code : reason);
    return "{\"error\":\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
      Callback callback) {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
    response.write(true, ByteBuffer.wrap(body(code).getBytes(StandardCharsets.UTF_8)), callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
    return ByteBuffer.wrap(body(status).getBytes(StandardCharsets.UTF_8));
  }
}
