package dev.entente.cli.commands;

import dev.entente.analysis.defacto.DeFactoAllianceScore;
import dev.entente.analysis.defacto.DeFactoRequest;
import dev.entente.analysis.defacto.DeFactoResult;
import dev.entente.analysis.defacto.FitQuality;
import dev.entente.analysis.defacto.MeasuredFeatures;
import dev.entente.analysis.partnership.PartnerLadder;
import dev.entente.analysis.partnership.PartnerRank;
import dev.entente.cli.CliContext;
import dev.entente.cli.output.Table;
import dev.entente.domain.Actor;
import dev.entente.domain.State;
import dev.entente.error.UserInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code entente defacto --actor CHN --year Y}: the de facto alliance score (issue 6, item 6). */
@Command(
    name = "defacto",
    description = {
      "Rank an actor's partners by how closely their relationship resembles a formal alliance: a ridge logistic",
      "regression of ATOP defence pacts on UN voting, DCAD and event features, with each feature's contribution",
      "and the fit's quality on held-out years."
    })
public final class DefactoCommand extends BaseCommand {

  @Option(names = "--actor", paramLabel = "STATE", required = true, description = "The state whose partners are scored (e.g. CHN).")
  String actor;

  @Option(names = "--year", paramLabel = "YEAR", required = true, description = "The year the partners are scored in.")
  int year;

  @Option(names = "--holdout", paramLabel = "N", defaultValue = "5",
      description = "Held-out years: the N years up to min(YEAR, 2018). Default: ${DEFAULT-VALUE}.")
  int holdout;

  @Option(names = "--train-years", paramLabel = "N", defaultValue = "20",
      description = "Training years: the N years before the held-out ones. Default: ${DEFAULT-VALUE}.")
  int trainYears;

  @Option(names = "--features", paramLabel = "LIST", split = ",",
      description = "Candidate features: un_agree, un_kappa, dca, coop_share, goldstein_mean (default: all).")
  List<String> features;

  @Option(names = "--lambda", paramLabel = "L", defaultValue = "1.0", description = "Ridge penalty. Default: ${DEFAULT-VALUE}.")
  double lambda;

  @Option(names = "--min-coverage", paramLabel = "P", defaultValue = "0.5",
      description = "Drop a feature with values for less than this share of training rows or of the actor's dyads. Default: ${DEFAULT-VALUE}.")
  double minCoverage;

  @Option(names = "--show", paramLabel = "WHAT", defaultValue = "partners",
      description = "partners (one row per partner) or model (coefficients and standardisation). Default: ${DEFAULT-VALUE}.")
  String show;

  @Override
  void execute() {
    CliContext c = ctx();
    if (!show.equals("partners") && !show.equals("model")) {
      throw new UserInputException("--show '" + show + "' is not allowed (allowed: partners, model)");
    }
    Actor a = c.actor(actor);
    if (!(a instanceof State s)) {
      throw new UserInputException("--actor " + actor + " is not a state");
    }
    if (holdout < 1 || trainYears < 1) {
      throw new UserInputException("--holdout and --train-years must be at least 1");
    }
    Set<String> have = ImportedData.datasets(c);
    if (!have.contains("atop")) {
      throw new UserInputException("atop is not imported: run 'entente import atop PATH' (the model's labels are"
          + " ATOP defence pacts)");
    }
    String atopVersion = c.store().query("SELECT dataset_version FROM imports WHERE dataset = 'atop'"
        + " ORDER BY imported_at DESC LIMIT 1").rows().get(0).get(0).toString();
    DeFactoResult r;
    try {
      int end = Math.min(year, DeFactoRequest.LAST_LABELLED_YEAR);
      DeFactoRequest request = new DeFactoRequest(s.ccode(), year, end - holdout - trainYears + 1, end - holdout,
          end - holdout + 1, end, features == null ? MeasuredFeatures.KNOWN : features, lambda, minCoverage);
      MeasuredFeatures source = new MeasuredFeatures(c.catalog(), have.contains("unvotes") ? c.store().votes() : null,
          c.store().dyadYears().atopDirected("full", atopVersion), atopVersion, c.store().behaviour());
      r = new DeFactoAllianceScore(source).compute(request);
    } catch (IllegalArgumentException e) {
      throw new UserInputException(e.getMessage());
    }
    write(show.equals("model") ? model(r) : partners(c, s, r));
  }

  private Table partners(CliContext c, State s, DeFactoResult r) {
    Map<Integer, Integer> tiers = new HashMap<>();
    for (PartnerRank p : new PartnerLadder(c.catalog()).on(s.key(), LocalDate.of(year, 12, 31))) {
      Integer cc = c.ccode(p.partner());
      if (cc != null) {
        tiers.put(cc, p.tier());
      }
    }
    Map<Integer, String> iso = new HashMap<>();
    c.catalog().actors().stream().filter(State.class::isInstance).map(State.class::cast)
        .forEach(x -> iso.put(x.ccode(), x.key()));
    List<String> columns = new ArrayList<>(List.of("rank", "partner", "ccode", "name", "score", "atop_defense", "tier"));
    r.features().forEach(f -> columns.add(f));
    r.features().forEach(f -> columns.add("contrib_" + f));
    columns.add("reason");
    Table.Builder t = Table.of(columns.toArray(String[]::new)).tableOnly("name").dataOnly("ccode");
    int rank = 0;
    for (DeFactoResult.Partner p : r.partners()) {
      String key = iso.getOrDefault(p.ccode(), "cow:" + p.ccode());
      List<Object> row = new ArrayList<>(List.of(p.score() == null ? "" : String.valueOf(++rank), key, p.ccode(),
          c.name(key)));
      row.add(p.score());
      row.add(p.pact());
      row.add(tiers.get(p.ccode()));
      for (double v : p.values()) {
        row.add(Double.isNaN(v) ? null : v);
      }
      for (double v : p.contributions()) {
        row.add(Double.isNaN(v) ? null : v);
      }
      row.add(p.reason());
      t.row(row.toArray());
    }
    notes(t, r);
    t.note("tier: " + s.key() + "'s partnership tier on " + year + "-12-31 (curated; NULL = no label). Not a model"
        + " feature: tiers exist only for China's partners, so the model cannot be fitted on them.");
    return t.build();
  }

  private static Table model(DeFactoResult r) {
    Table.Builder t = Table.of("term", "coefficient", "mean", "sd");
    t.row("(intercept)", r.fit().coefficients()[0], null, null);
    for (int k = 0; k < r.features().size(); k++) {
      t.row(r.features().get(k), r.fit().coefficients()[k + 1], r.means()[k], r.sds()[k]);
    }
    notes(t, r);
    return t.build();
  }

  private static void notes(Table.Builder t, DeFactoResult r) {
    DeFactoRequest q = r.request();
    FitQuality h = r.heldOut();
    t.note(String.format(Locale.ROOT, "Trained on %d-%d: %,d dyad-years (%,d with an ATOP defence pact; %,d left out"
        + " for a missing feature).", q.trainFirst(), q.trainLast(), r.trainRows(), r.trainPositives(),
        r.trainIncomplete()));
    t.note(String.format(Locale.ROOT, "Held out %d-%d: %,d dyad-years (%,d pacts; %,d left out): AUC %s, Brier %s,"
        + " log loss %s.", q.testFirst(), q.testLast(), h.n(), h.positives(), r.heldOutIncomplete(), f(h.auc()),
        f(h.brier()), f(h.logLoss())));
    t.note("Features: " + String.join(", ", r.features()) + " (standardised with the training means and SDs;"
        + " contrib = coefficient x standardised value; intercept " + f(r.fit().coefficients()[0]) + ").");
    r.dropped().forEach((f, why) -> t.note("Dropped " + f + ": " + why + "."));
    r.provenance().forEach(p -> t.note("  " + p));
  }

  private static String f(double v) {
    return Double.isNaN(v) ? "NULL" : String.format(Locale.ROOT, "%.4f", v);
  }
}
