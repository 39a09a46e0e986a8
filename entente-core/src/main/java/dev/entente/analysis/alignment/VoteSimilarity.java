package dev.entente.analysis.alignment;

import dev.entente.analysis.similarity.ContingencyTable;
import dev.entente.analysis.similarity.Measures;
import dev.entente.analysis.similarity.Similarity;
import dev.entente.analysis.similarity.SimilarityMeasure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Voting similarity of every dyad in each UN General Assembly session (or year), over the roll calls on which
 * both states voted yes, abstain or no (absences and non-membership dropped): the agreement index with half credit
 * for an abstention ({@code agree}), the exact-match share of Voeten's {@code USAgree} ({@code agree_exact}), and
 * S, kappa and pi on the three-level vote scale (METHODS.md B.5); and {@code idealdist}, the absolute distance of
 * the two states' Bailey–Strezhnev–Voeten ideal points in the session (METHODS.md B.6; sessions only, undefined
 * where either state has no estimate). A dyad with no common roll call is left out.
 */
public final class VoteSimilarity {

  private final VoteSource source;

  public VoteSimilarity(VoteSource source) {
    this.source = source;
  }

  /** Computes {@code measureNames} (each valid for 3 levels) for every dyad of each session or year. */
  public SimilarityRows compute(VoteRequest request, List<String> measureNames, List<int[]> dyads) {
    List<SimilarityMeasure> measures = new ArrayList<>();
    for (String name : measureNames) {
      if (name.equals(IDEAL_DISTANCE)) {
        if (request.byYear()) {
          throw new IllegalArgumentException("idealdist is defined per session, not per year (drop --by year)");
        }
        measures.add(null);
      } else {
        measures.add(Measures.byName(name, 3));
      }
    }
    List<VoteSession> sessions = new ArrayList<>();
    List<String> provenance = new ArrayList<>(source.sessions(request, sessions::add));
    Map<Integer, Map<Integer, Double>> points = measureNames.contains(IDEAL_DISTANCE) && !sessions.isEmpty()
        ? source.idealPoints(sessions.stream().mapToInt(VoteSession::period).min().getAsInt(),
            sessions.stream().mapToInt(VoteSession::period).max().getAsInt())
        : Map.of();
    if (measureNames.contains(IDEAL_DISTANCE)) {
      provenance.add(points.isEmpty() ? "idealdist: ideal points not imported (entente import idealpoints PATH)"
          : "idealdist: |difference| of the Bailey-Strezhnev-Voeten ideal points (IdealPointAll) of the session");
    }
    Map<Integer, List<double[]>> rowsBySession = new TreeMap<>();
    Map<Integer, List<int[]>> keysBySession = new TreeMap<>();
    List<Map<String, Long>> undefined = new ArrayList<>();
    measures.forEach(m -> undefined.add(new TreeMap<>()));
    sessions.parallelStream().forEach(s -> {
      List<double[]> rows = new ArrayList<>();
      List<int[]> keys = new ArrayList<>();
      List<Map<String, Long>> und = new ArrayList<>();
      measures.forEach(m -> und.add(new TreeMap<>()));
      ContingencyTable t = new ContingencyTable(3);
      int n = s.ccodes().length;
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          if (!DyadFilter.wanted(dyads, s.ccodes()[i], s.ccodes()[j])) {
            continue;
          }
          t.clear();
          byte[] a = s.votes()[i];
          byte[] b = s.votes()[j];
          for (int r = 0; r < a.length; r++) {
            if (a[r] >= 0 && b[r] >= 0) {
              t.add(a[r], b[r], 1.0);
            }
          }
          if (t.n() == 0) {
            continue;
          }
          double[] v = new double[measures.size()];
          for (int m = 0; m < v.length; m++) {
            Similarity sim = measures.get(m) == null
                ? idealDistance(points.get(s.period()), s.ccodes()[i], s.ccodes()[j])
                : measures.get(m).compute(t);
            if (sim instanceof Similarity.Value val) {
              v[m] = val.value();
            } else {
              v[m] = Double.NaN;
              und.get(m).merge(((Similarity.Undefined) sim).reason(), 1L, Long::sum);
            }
          }
          int lo = Math.min(s.ccodes()[i], s.ccodes()[j]);
          int hi = Math.max(s.ccodes()[i], s.ccodes()[j]);
          rows.add(v);
          keys.add(new int[] {lo, hi});
        }
      }
      synchronized (rowsBySession) {
        rowsBySession.put(s.period(), rows);
        keysBySession.put(s.period(), keys);
        for (int m = 0; m < measures.size(); m++) {
          final int mm = m;
          und.get(m).forEach((reason, c) -> undefined.get(mm).merge(reason, c, Long::sum));
        }
      }
    });
    int total = rowsBySession.values().stream().mapToInt(List::size).sum();
    int[] c1 = new int[total];
    int[] c2 = new int[total];
    int[] period = new int[total];
    int[] yearOf = new int[total];
    Map<Integer, Integer> years = new TreeMap<>();
    sessions.forEach(s -> years.put(s.period(), s.year()));
    double[][] values = new double[measures.size()][total];
    int at = 0;
    for (Map.Entry<Integer, List<double[]>> e : rowsBySession.entrySet()) {
      List<int[]> keys = keysBySession.get(e.getKey());
      for (int r = 0; r < e.getValue().size(); r++) {
        c1[at] = keys.get(r)[0];
        c2[at] = keys.get(r)[1];
        period[at] = e.getKey();
        yearOf[at] = years.get(e.getKey());
        for (int m = 0; m < measures.size(); m++) {
          values[m][at] = e.getValue().get(r)[m];
        }
        at++;
      }
    }
    Map<String, Map<String, Long>> undefinedByName = new LinkedHashMap<>();
    for (int m = 0; m < measures.size(); m++) {
      undefinedByName.put(measureNames.get(m), undefined.get(m));
    }
    provenance.add("measures: " + String.join(", ", measureNames) + " over the roll calls both states voted on"
        + " (yes = 0, abstain = 1, no = 2; agree gives half credit to an abstention, agree_exact none; S with range 2)");
    return request.byYear()
        ? new SimilarityRows(List.copyOf(measureNames), c1, c2, period, null, values, undefinedByName, provenance)
        : new SimilarityRows(List.copyOf(measureNames), c1, c2, yearOf, period, values, undefinedByName, provenance);
  }

  /** The column name of the ideal-point distance. */
  public static final String IDEAL_DISTANCE = "idealdist";

  private static Similarity idealDistance(Map<Integer, Double> session, int a, int b) {
    if (session == null) {
      return Similarity.undefined("no ideal points for this session");
    }
    Double x = session.get(a);
    Double y = session.get(b);
    if (x == null || y == null) {
      return Similarity.undefined("no ideal point for one of the two states in this session");
    }
    return Similarity.of(Math.abs(x - y));
  }
}
