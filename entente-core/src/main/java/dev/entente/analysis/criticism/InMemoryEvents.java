package dev.entente.analysis.criticism;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** {@link EventCounts} over a list of events: for tests, synthetic data and the curated statements. */
public final class InMemoryEvents implements EventCounts {

  private final List<CodedEvent> events;
  private final String description;

  /**
   * @param events the events
   * @param description what they are, for the provenance
   */
  public InMemoryEvents(List<CodedEvent> events, String description) {
    this.events = List.copyOf(events);
    this.description = description;
  }

  /** The events. */
  public List<CodedEvent> events() {
    return events;
  }

  @Override
  public Map<String, TargetCount> towards(String source, int first, int last, Set<String> codes) {
    Map<String, TargetCount> out = new TreeMap<>();
    for (CodedEvent e : events) {
      int y = e.date().getYear();
      if (e.source().equals(source) && !e.target().equals(source) && y >= first && y <= last) {
        out.merge(e.target(), new TargetCount(e.target(), 1, codes.contains(e.code()) ? 1 : 0), TargetCount::plus);
      }
    }
    return out;
  }

  @Override
  public List<String> provenance() {
    return List.of(description + " (" + events.size() + " events)");
  }

  /**
   * The curated statements as events: one event per statement and target state ({@code TargetState}), origin
   * {@code curated:ID}, Goldstein unknown (null).
   */
  public static InMemoryEvents ofStatements(List<dev.entente.domain.CuratedStatement> statements) {
    List<CodedEvent> out = new ArrayList<>();
    for (dev.entente.domain.CuratedStatement s : statements) {
      for (String t : s.targetStates()) {
        out.add(new CodedEvent(s.actor(), t, s.date(), s.cameo(), null, "curated:" + s.id()));
      }
    }
    return new InMemoryEvents(out, "curated statements (statements.rec; one event per statement and target state)");
  }

  /** Both sources' counts added target by target, and both provenances. */
  public static EventCounts combined(EventCounts a, EventCounts b) {
    return new EventCounts() {
      @Override
      public Map<String, TargetCount> towards(String source, int first, int last, Set<String> codes) {
        Map<String, TargetCount> out = new TreeMap<>(a.towards(source, first, last, codes));
        b.towards(source, first, last, codes).forEach((t, c) -> out.merge(t, c, TargetCount::plus));
        return out;
      }

      @Override
      public List<String> provenance() {
        List<String> p = new ArrayList<>(a.provenance());
        p.addAll(b.provenance());
        return p;
      }
    };
  }
}
