package dev.entente.analysis.alignment;

import java.util.List;
import java.util.function.Consumer;

/** UN General Assembly votes per session or year from the imported data; the store implements it. */
public interface VoteSource {

  /**
   * Hands over the votes of each session (or year) of the request, in order.
   *
   * @return the data version and conventions used, one line each
   */
  List<String> sessions(VoteRequest request, Consumer<VoteSession> consumer);

  /**
   * The Bailey–Strezhnev–Voeten ideal point of each state in each session of the range: session → (COW code →
   * ideal point). Empty when the ideal points are not imported.
   */
  java.util.Map<Integer, java.util.Map<Integer, Double>> idealPoints(int firstSession, int lastSession);
}
