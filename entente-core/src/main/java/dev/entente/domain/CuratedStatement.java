package dev.entente.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A public statement cited by the analysis, coded by hand as a CAMEO event (curated file {@code statements.rec};
 * docs/curated-format.md).
 *
 * @param id unique id ({@code pd-zhongsheng-nato-2022})
 * @param date the day it was made or published
 * @param actor the state that made it (ISO3)
 * @param speaker who spoke or published, as in the sources ("MFA spokesperson Zhao Lijian")
 * @param targets the coded targets: states or organisations ({@code NATO}, {@code QUAD})
 * @param targetStates the states coded as targets, one event each: the target states themselves, and for an
 *     organisation the states the statement names or addresses, as curated (never inferred)
 * @param cameo the CAMEO event code ("111")
 * @param title a short description
 * @param sources the sources (at least one)
 * @param notes free text (the coder's reading of the code, caveats)
 */
public record CuratedStatement(
    String id, LocalDate date, String actor, String speaker, List<String> targets, List<String> targetStates,
    String cameo, String title, List<Source> sources, List<String> notes) {

  public CuratedStatement {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(cameo, "cameo");
    Objects.requireNonNull(title, "title");
    targets = List.copyOf(targets);
    targetStates = List.copyOf(targetStates);
    sources = List.copyOf(sources);
    notes = List.copyOf(notes);
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("a statement needs a source");
    }
  }
}
