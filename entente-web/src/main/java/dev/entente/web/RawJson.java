package dev.entente.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An answer already serialised as JSON (UTF-8), as the cache keeps it, so that a repeated request costs neither the
 * computation nor the serialisation. The server writes the bytes as they are.
 *
 * @param bytes the JSON text
 */
public record RawJson(byte[] bytes) {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Serialises {@code value} (maps, lists, strings, numbers, booleans, null). */
  public static RawJson of(Object value) {
    try {
      return new RawJson(MAPPER.writeValueAsBytes(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an answer could not be written as JSON", e);
    }
  }
}
