package dev.entente.analysis.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SimilarityMeasure} promises: symmetry, 1 for identical positions where defined, an empty table is
 * undefined with a reason, values in the documented range, never NaN. One subclass per measure supplies it.
 */
abstract class SimilarityMeasureContract {

  private static final long SEED = 0x5EED_5171L;

  /** The measure under test. */
  abstract SimilarityMeasure measure();

  /** The number of levels of the tables the measure is tested on. */
  int levels() {
    return 4;
  }

  /** The lower end of the documented range (the upper end is 1 for every measure). */
  double lowest() {
    return -1;
  }

  /** Whether identical positions that do not vary still score (S, agreement) rather than being undefined. */
  boolean definedWithoutVariation() {
    return false;
  }

  private Random random(RepetitionInfo info) {
    return new Random(SEED * 31 + info.getCurrentRepetition() + getClass().getName().hashCode());
  }

  @RepeatedTest(200)
  void swappingTheTwoStatesGivesAnEqualResult(RepetitionInfo info) {
    Positions p = Positions.random(random(info), levels());
    assertThat(measure().compute(p.transposedTable())).as("%s", p).isEqualTo(measure().compute(p.table()));
  }

  @RepeatedTest(200)
  void identicalPositionsScoreOneWhereDefined(RepetitionInfo info) {
    Positions p = Positions.randomIdentical(random(info), levels());
    Similarity s = measure().compute(p.table());
    if (p.xVaries() || definedWithoutVariation()) {
      assertThat(s).as("%s", p).isInstanceOf(Similarity.Value.class);
      assertThat(s.asOptional().getAsDouble()).as("%s", p).isCloseTo(1.0, within(1e-12));
    } else {
      assertThat(s).as("%s", p).isInstanceOfSatisfying(Similarity.Undefined.class,
          u -> assertThat(u.reason()).isNotBlank());
    }
  }

  @RepeatedTest(200)
  void scoresLieInTheDocumentedRangeAndAreNeverNaN(RepetitionInfo info) {
    Positions p = Positions.random(random(info), levels());
    Similarity s = measure().compute(p.table());
    assertThat(s).as("%s", p).isNotNull();
    if (s instanceof Similarity.Value v) {
      assertThat(v.value()).as("%s", p).isFinite().isBetween(lowest(), 1.0);
    } else {
      assertThat(((Similarity.Undefined) s).reason()).as("%s", p).isNotBlank();
    }
  }

  @Test
  void anEmptyTableIsUndefinedWithAReason() {
    assertThat(measure().compute(new ContingencyTable(levels())))
        .isInstanceOfSatisfying(Similarity.Undefined.class, u -> assertThat(u.reason()).isNotBlank());
  }

  @RepeatedTest(20)
  void aReusedTableScoresLikeAFreshOne(RepetitionInfo info) {
    Random r = random(info);
    ContingencyTable reused = new ContingencyTable(levels());
    Positions.random(r, levels()).fill(reused);
    Positions p = Positions.random(r, levels());
    assertThat(measure().compute(p.fill(reused))).as("%s", p).isEqualTo(measure().compute(p.table()));
  }

  @Test
  void itsNameIsAColumnNameThatMeasuresByNameKnows() {
    assertThat(measure().name()).matches("[a-z_]+");
    assertThat(Measures.byName(measure().name(), levels()).name()).isEqualTo(measure().name());
  }
}
