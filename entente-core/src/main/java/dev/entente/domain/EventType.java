package dev.entente.domain;

/** What happened to a commitment on a date in its history. */
public enum EventType {
  SIGNED("signed"),
  IN_FORCE("in-force"),
  ANNOUNCED("announced"),
  AMENDED("amended"),
  RENEWED("renewed"),
  EXTENDED("extended"),
  SUSPENDED("suspended"),
  RESUMED("resumed"),
  TERMINATED("terminated"),
  WITHDRAWN("withdrawn"),
  SUPERSEDED("superseded"),
  DESIGNATED("designated"),
  EXPIRED("expired");

  private final String code;

  EventType(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** Parses a code such as {@code in-force}. */
  public static EventType parse(String text) {
    for (EventType t : values()) {
      if (t.code.equals(text)) {
        return t;
      }
    }
    StringBuilder allowed = new StringBuilder();
    for (EventType t : values()) {
      allowed.append(allowed.length() == 0 ? "" : ", ").append(t.code);
    }
    throw new IllegalArgumentException("'" + text + "' is not an event type (allowed: " + allowed + ")");
  }

  @Override
  public String toString() {
    return code;
  }
}
