package dev.entente.analysis.network;

import java.util.Objects;

/**
 * A node: a state or, when groupings are nodes, an organisation.
 *
 * @param key the actor key (ISO3 for states, the organisation code otherwise)
 * @param ccode the COW number, or null for organisations
 * @param name the display name
 */
public record Node(String key, Integer ccode, String name) {
  public Node {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(name, "name");
  }

  public boolean isGrouping() {
    return ccode == null;
  }
}
