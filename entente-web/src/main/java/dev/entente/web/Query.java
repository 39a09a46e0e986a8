package dev.entente.web;

import dev.entente.analysis.actor.ActorResolver;
import dev.entente.analysis.network.Region;
import dev.entente.domain.Actor;
import dev.entente.domain.Catalog;
import dev.entente.error.UserInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.Set;
import java.util.function.Function;

/**
 * The validated parameters of one request. Every check happens in the constructor, before the route runs: an
 * undeclared parameter, a repeated one, a missing required one, a value over {@value #MAX_LENGTH} characters or a
 * value of the wrong form is a 400 naming the parameter, the value and what is allowed; an actor no code names is
 * a 404. Getters then only return the parsed values.
 */
public final class Query {

  /** The longest value accepted. */
  static final int MAX_LENGTH = 200;

  private final Map<String, Object> values = new HashMap<>();

  /**
   * Validates a request.
   *
   * @param params the route's declared parameters
   * @param query the query string's parameters, as decoded by the server
   * @param path the path parameters
   */
  public Query(List<Param> params, Map<String, List<String>> query, Map<String, String> path, Catalog catalog) {
    this(params, query, path, text -> new ActorResolver(catalog).resolve(text));
  }

  /**
   * Validates a request, naming actors through {@code resolver} (which throws {@link UserInputException} for an
   * unknown or ambiguous name, as {@link ActorResolver} does).
   */
  public Query(List<Param> params, Map<String, List<String>> query, Map<String, String> path,
      Function<String, Actor> resolver) {
    Map<String, Param> declared = new HashMap<>();
    List<String> queryNames = new ArrayList<>();
    for (Param p : params) {
      declared.put(p.name(), p);
      if (p.in().equals("query")) {
        queryNames.add(p.name());
      }
    }
    for (Map.Entry<String, List<String>> e : query.entrySet()) {
      Param p = declared.get(e.getKey());
      if (p == null || !p.in().equals("query")) {
        throw ApiException.badParameter(clip(e.getKey()), e.getValue().isEmpty() ? "" : clip(e.getValue().get(0)),
            "unknown parameter '" + clip(e.getKey()) + "'", queryNames);
      }
      if (p.type() == Param.Type.TEXTS) {
        if (e.getValue().size() > Param.MAX_REPEATS) {
          throw ApiException.badParameter(p.name(), clip(e.getValue().get(Param.MAX_REPEATS)), "parameter '"
              + p.name() + "' is given more than " + Param.MAX_REPEATS + " times", p.allowedForError());
        }
      } else if (e.getValue().size() > 1) {
        throw ApiException.badParameter(p.name(), clip(e.getValue().get(1)), "parameter '" + p.name()
            + "' is given more than once", p.allowedForError());
      }
    }
    for (Param p : params) {
      if (p.type() == Param.Type.TEXTS) {
        values.put(p.name(), texts(p, query.getOrDefault(p.name(), List.of())));
        continue;
      }
      String raw = p.in().equals("path") ? path.get(p.name()) : first(query.get(p.name()));
      if (raw == null || raw.isEmpty() && !p.required()) {
        if (p.required()) {
          throw ApiException.badParameter(p.name(), null, "parameter '" + p.name() + "' is required",
              p.allowedForError());
        }
        raw = p.defaultValue();
        if (raw == null) {
          continue;
        }
      }
      if (raw.length() > MAX_LENGTH) {
        throw ApiException.badParameter(p.name(), clip(raw), "parameter '" + p.name() + "' is longer than "
            + MAX_LENGTH + " characters", p.allowedForError());
      }
      values.put(p.name(), parse(p, raw, resolver));
    }
  }

  private static List<String> texts(Param p, List<String> given) {
    List<String> out = new ArrayList<>();
    for (String raw : given) {
      if (raw.length() > MAX_LENGTH) {
        throw ApiException.badParameter(p.name(), clip(raw), "parameter '" + p.name() + "' is longer than "
            + MAX_LENGTH + " characters", p.allowedForError());
      }
      if (!raw.strip().matches(p.allowed().get(0))) {
        throw bad(p, raw, "is not of the allowed form");
      }
      out.add(raw.strip());
    }
    if (out.isEmpty() && p.required()) {
      throw ApiException.badParameter(p.name(), null, "parameter '" + p.name() + "' is required",
          p.allowedForError());
    }
    return List.copyOf(out);
  }

  private static Actor resolve(Param p, String raw, String v, Function<String, Actor> resolver) {
    try {
      return resolver.apply(v);
    } catch (UserInputException e) {
      if (e.getMessage().startsWith("unknown actor")) {
        throw ApiException.unknownActor(p.name(), raw, e.getMessage());
      }
      throw ApiException.badParameter(p.name(), raw, e.getMessage(), p.allowedForError());
    }
  }

  private static List<Actor> actors(Param p, String raw, String v, Function<String, Actor> resolver) {
    List<Actor> out = new ArrayList<>();
    for (String part : v.split(",", -1)) {
      if (part.isBlank()) {
        throw bad(p, raw, "holds an empty item");
      }
      Actor a = resolve(p, raw, part.strip(), resolver);
      if (!out.contains(a)) {
        out.add(a);
      }
    }
    return List.copyOf(out);
  }

  private static String first(List<String> list) {
    return list == null || list.isEmpty() ? null : list.get(0);
  }

  private static String clip(String s) {
    return s.length() <= MAX_LENGTH ? s : s.substring(0, MAX_LENGTH) + "…";
  }

  private static Object parse(Param p, String raw, Function<String, Actor> resolver) {
    String v = raw.strip();
    switch (p.type()) {
      case ACTOR:
        return resolve(p, raw, v, resolver);
      case ACTORS:
        return actors(p, raw, v, resolver);
      case REGION:
        Optional<Region> named = Region.named(v);
        if (named.isPresent()) {
          return named.get();
        }
        if (!v.contains(",") && !v.matches("[A-Za-z]{3}|\\d{1,3}")) {
          throw bad(p, raw, "is not a region");
        }
        return Region.of(actors(p, raw, v, resolver).stream().map(Actor::key).collect(Collectors.toSet()));
      case TEXT:
        if (v.matches(p.allowed().get(0))) {
          return v;
        }
        throw bad(p, raw, "is not of the allowed form");
      case DATE:
        if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
          try {
            return LocalDate.parse(v);
          } catch (DateTimeParseException e) {
            // falls through to the error below
          }
        }
        throw bad(p, raw, "is not a valid date");
      case INTEGER:
        if (v.matches("-?\\d{1,9}")) {
          int n = Integer.parseInt(v);
          if (n >= p.min() && n <= p.max()) {
            return n;
          }
        }
        throw bad(p, raw, "is not a whole number in range");
      case YEARS:
        if (v.matches("\\d{4}(-\\d{4})?")) {
          int a = Integer.parseInt(v.substring(0, 4));
          int b = v.length() > 4 ? Integer.parseInt(v.substring(5)) : a;
          if (a >= p.min() && b <= p.max() && a <= b) {
            return new int[] {a, b};
          }
        }
        throw bad(p, raw, "is not a range of years in range");
      case BOOLEAN:
        if (v.equals("true") || v.equals("false")) {
          return Boolean.valueOf(v);
        }
        throw bad(p, raw, "is not true or false");
      case CHOICE:
        if (p.allowed().contains(v)) {
          return v;
        }
        throw bad(p, raw, "is not allowed");
      case CHOICES:
        Set<String> out = new LinkedHashSet<>();
        for (String part : v.split(",", -1)) {
          if (!p.allowed().contains(part.strip())) {
            throw bad(p, raw, "holds a value that is not allowed");
          }
          out.add(part.strip());
        }
        return List.copyOf(out);
      default:
        throw new IllegalStateException("type " + p.type());
    }
  }

  private static ApiException bad(Param p, String raw, String what) {
    return ApiException.badParameter(p.name(), clip(raw), p.name() + " '" + clip(raw) + "' " + what,
        p.allowedForError());
  }

  /** Whether the parameter was given or has a default. */
  public boolean has(String name) {
    return values.containsKey(name);
  }

  public Actor actor(String name) {
    return (Actor) values.get(name);
  }

  /** The date given, or today. */
  public LocalDate dateOrToday(String name) {
    LocalDate d = (LocalDate) values.get(name);
    return d == null ? LocalDate.now() : d;
  }

  public LocalDate date(String name) {
    return (LocalDate) values.get(name);
  }

  public int integer(String name) {
    return (Integer) values.get(name);
  }

  /** The first and last year. */
  public int[] years(String name) {
    return ((int[]) values.get(name)).clone();
  }

  public boolean bool(String name) {
    return Boolean.TRUE.equals(values.get(name));
  }

  /** The actors of an {@link Param.Type#ACTORS} parameter, or null. */
  @SuppressWarnings("unchecked")
  public List<Actor> actors(String name) {
    return (List<Actor>) values.get(name);
  }

  public Region region(String name) {
    return (Region) values.get(name);
  }

  /** The text of a {@link Param.Type#TEXT} parameter, or null. */
  public String text(String name) {
    return (String) values.get(name);
  }

  /** The values of a {@link Param.Type#TEXTS} parameter (empty when not given). */
  @SuppressWarnings("unchecked")
  public List<String> texts(String name) {
    return (List<String>) values.get(name);
  }

  public String choice(String name) {
    return (String) values.get(name);
  }

  @SuppressWarnings("unchecked")
  public List<String> choices(String name) {
    return (List<String>) values.get(name);
  }
}
