package dev.entente.web;

import dev.entente.analysis.network.Region;
import java.util.List;
import java.util.Objects;

/**
 * One parameter of an API route: where it goes, its type, whether it is required, its default and what values are
 * allowed. The route table declares them; {@link Query} validates requests against them and {@link OpenApi}
 * describes them, so the two cannot drift apart.
 *
 * @param name the name, the same as the CLI flag without dashes ({@code on}, {@code defend}, {@code all-readings})
 * @param in {@code query} or {@code path}
 * @param type how the value is read
 * @param required whether a request must give it
 * @param defaultValue the value used when it is absent ({@code null}: none, or "today" for dates, see the description)
 * @param allowed for {@link Type#CHOICE} and {@link Type#CHOICES}, the allowed values; for {@link Type#TEXT} and
 *     {@link Type#TEXTS}, the one regular expression a value must match; otherwise empty
 * @param min for {@link Type#INTEGER} and {@link Type#YEARS}, the smallest value
 * @param max the largest value
 * @param description what it means, for the OpenAPI description
 */
public record Param(
    String name, String in, Type type, boolean required, String defaultValue, List<String> allowed, int min, int max,
    String description) {

  /** How a parameter's text is read. */
  public enum Type {
    /** An actor: ISO3, COW abbreviation, COW number or organisation code; unknown gives 404. */
    ACTOR,
    /** A date, {@code YYYY-MM-DD}. */
    DATE,
    /** A whole number between min and max. */
    INTEGER,
    /** {@code A-B} or a single year, each between min and max. */
    YEARS,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** One of the allowed values. */
    CHOICE,
    /** A comma-separated list of allowed values. */
    CHOICES,
    /** A comma-separated list of actors; any unknown gives 404. */
    ACTORS,
    /** A named region ({@link Region#NAMES}) or a comma-separated list of states. */
    REGION,
    /** Text matching the regular expression in {@code allowed}. */
    TEXT,
    /** Text matching the regular expression in {@code allowed}, which may be given up to {@value #MAX_REPEATS} times. */
    TEXTS
  }

  /** How often a {@link Type#TEXTS} parameter may be repeated. */
  public static final int MAX_REPEATS = 20;

  public Param {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    allowed = List.copyOf(allowed);
  }

  /** An actor in the query string. */
  public static Param actor(String name, boolean required, String description) {
    return new Param(name, "query", Type.ACTOR, required, null, List.of(), 0, 0, description);
  }

  /** An actor in the path. */
  public static Param actorInPath(String name, String description) {
    return new Param(name, "path", Type.ACTOR, true, null, List.of(), 0, 0, description);
  }

  /** A date; absent means {@code defaultValue} ("today" when null and not required). */
  public static Param date(String name, boolean required, String description) {
    return new Param(name, "query", Type.DATE, required, null, List.of(), 0, 0, description);
  }

  public static Param integer(String name, boolean required, int min, int max, String defaultValue, String description) {
    return new Param(name, "query", Type.INTEGER, required, defaultValue, List.of(), min, max, description);
  }

  public static Param years(String name, boolean required, int min, int max, String defaultValue, String description) {
    return new Param(name, "query", Type.YEARS, required, defaultValue, List.of(), min, max, description);
  }

  public static Param bool(String name, String description) {
    return new Param(name, "query", Type.BOOLEAN, false, "false", List.of(), 0, 0, description);
  }

  public static Param choice(String name, List<String> allowed, String defaultValue, String description) {
    return new Param(name, "query", Type.CHOICE, false, defaultValue, allowed, 0, 0, description);
  }

  public static Param choices(String name, List<String> allowed, String defaultValue, String description) {
    return new Param(name, "query", Type.CHOICES, false, defaultValue, allowed, 0, 0, description);
  }

  public static Param actors(String name, boolean required, String defaultValue, String description) {
    return new Param(name, "query", Type.ACTORS, required, defaultValue, List.of(), 0, 0, description);
  }

  public static Param region(String name, String defaultValue, String description) {
    return new Param(name, "query", Type.REGION, false, defaultValue, List.of(), 0, 0, description);
  }

  /** Text matching {@code regex}, in the query or (with {@code in = "path"}) in the path. */
  public static Param text(String name, String in, boolean required, String regex, String defaultValue,
      String description) {
    return new Param(name, in, Type.TEXT, required, defaultValue, List.of(regex), 0, 0, description);
  }

  /** Text matching {@code regex}, repeatable up to {@value #MAX_REPEATS} times. */
  public static Param texts(String name, boolean required, String regex, String description) {
    return new Param(name, "query", Type.TEXTS, required, null, List.of(regex), 0, 0, description);
  }

  /** What is allowed, as told in a 400 answer. */
  public Object allowedForError() {
    return switch (type) {
      case ACTOR -> "an ISO3 code, COW abbreviation, COW number or organisation code (GET /api/v1/actors lists them)";
      case DATE -> "a date YYYY-MM-DD";
      case INTEGER -> "a whole number from " + min + " to " + max;
      case YEARS -> "A-B or A, years from " + min + " to " + max + ", A <= B";
      case BOOLEAN -> List.of("true", "false");
      case CHOICE -> allowed;
      case CHOICES -> "a comma-separated list of " + String.join(", ", allowed);
      case ACTORS -> "a comma-separated list of actors (ISO3, COW abbreviation, COW number or organisation code)";
      case REGION -> "one of " + String.join(", ", Region.NAMES) + ", or a comma-separated list of states";
      case TEXT -> "text matching " + allowed.get(0);
      case TEXTS -> "text matching " + allowed.get(0) + ", given at most " + MAX_REPEATS + " times";
    };
  }
}
