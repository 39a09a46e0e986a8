package dev.entente.analysis.scenario;

import java.util.List;
import java.util.Objects;

/**
 * A named, saved set of edits to the commitments.
 *
 * @param name its name (letters, digits, '-' and '_')
 * @param description what it asks, in words (may be empty)
 * @param created when it was saved (ISO instant)
 * @param baseData the version of the curated data it was written against
 * @param edits the edits, applied in order
 */
public record Scenario(String name, String description, String created, String baseData, List<Edit> edits) {

  /** The rule for names. */
  public static final String NAME_RULE = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}";

  public Scenario {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(baseData, "baseData");
    edits = List.copyOf(edits);
    if (!name.matches(NAME_RULE)) {
      throw new IllegalArgumentException("'" + name + "' is not a scenario name (letters, digits, '-' and '_',"
          + " at most 64, starting with a letter or digit)");
    }
    if (edits.isEmpty()) {
      throw new IllegalArgumentException("a scenario needs at least one edit (--add, --remove, --upgrade, --set-start, --set-end)");
    }
  }
}
