package dev.entente.analysis.actor;

import dev.entente.domain.Actor;
import dev.entente.domain.Catalog;
import dev.entente.domain.Organisation;
import dev.entente.domain.State;
import dev.entente.error.UserInputException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the actor a user means. Accepted: an ISO3 code ({@code JPN}), a COW abbreviation ({@code AUL}), a COW
 * number ({@code 740}), an organisation code ({@code NATO}), a full name ({@code Japan}, case-insensitive), or an
 * explicit form {@code iso:AUS}, {@code cow:AUS}.
 *
 * <p>Some codes mean different states as ISO3 and as COW abbreviation ({@code AUS} is Australia in ISO3 and
 * Austria in COW); such input is an error that lists the candidates and how to name each one unambiguously.
 */
public final class ActorResolver {

  private final Catalog catalog;

  public ActorResolver(Catalog catalog) {
    this.catalog = catalog;
  }

  /**
   * The actor named by {@code text}.
   *
   * @throws UserInputException when no actor or more than one matches
   */
  public Actor resolve(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      throw new UserInputException("an actor is required (ISO3, COW abbreviation or COW number)");
    }
    String upper = t.toUpperCase(Locale.ROOT);
    Set<Actor> found = new LinkedHashSet<>();
    if (upper.startsWith("ISO:")) {
      states().stream().filter(s -> s.iso3().orElse("").equals(upper.substring(4))).forEach(found::add);
    } else if (upper.startsWith("COW:")) {
      states().stream().filter(s -> s.cowAbbreviation().equals(upper.substring(4))).forEach(found::add);
    } else if (t.matches("\\d{1,3}")) {
      int ccode = Integer.parseInt(t);
      states().stream().filter(s -> s.ccode() == ccode).forEach(found::add);
    } else {
      for (Actor a : catalog.actors()) {
        if (a instanceof State s
                && (s.iso3().orElse("").equals(upper) || s.cowAbbreviation().equals(upper))
            || a instanceof Organisation o && o.code().equals(upper)) {
          found.add(a);
        }
      }
      if (found.isEmpty()) {
        catalog.actors().stream().filter(a -> a.name().equalsIgnoreCase(t)).forEach(found::add);
      }
    }
    if (found.size() == 1) {
      return found.iterator().next();
    }
    if (found.isEmpty()) {
      throw new UserInputException(
          "unknown actor '" + text + "' (use an ISO3 code, a COW abbreviation, a COW number or an organisation"
              + " code; 'entente actors' lists them)");
    }
    List<String> candidates = new ArrayList<>();
    for (Actor a : found) {
      candidates.add(describe(a, upper));
    }
    throw new UserInputException(
        "'" + text + "' is ambiguous: " + String.join("; or ", candidates));
  }

  private static String describe(Actor a, String code) {
    if (a instanceof State s) {
      String via = s.iso3().orElse("").equals(code) ? "ISO3 code" : "COW abbreviation";
      String how = via.equals("ISO3 code") ? "iso:" + code : "cow:" + code;
      return s.name() + " (" + via + "; COW " + s.ccode() + " " + s.cowAbbreviation()
          + s.iso3().map(i -> ", ISO3 " + i).orElse("") + "; write " + how + " or " + s.ccode() + ")";
    }
    return a.name() + " (organisation " + a.key() + ")";
  }

  private List<State> states() {
    return catalog.actors().stream()
        .filter(State.class::isInstance)
        .map(State.class::cast)
        .collect(Collectors.toList());
  }
}
