package dev.entente.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.analysis.events.EventAggregation;
import dev.entente.domain.GoldsteinScale;
import dev.entente.domain.QuadConvention;
import dev.entente.error.UserInputException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The job's options: the defaults of {@code entente events aggregate}, one-line errors. */
class JobOptionsTest {

  @Test
  void defaultsAreThoseOfEventsAggregate() {
    JobOptions o = JobOptions.parse("--input", "a.csv,b.csv.gz", "--input", "dir", "--format", "gdelt1", "--years",
        "2001-2003", "--out", "out");
    assertThat(o.inputs()).containsExactly(Path.of("a.csv"), Path.of("b.csv.gz"), Path.of("dir"));
    assertThat(o.spec()).isEqualTo(new EventAggregation.Spec(EventAggregation.Period.DYAD_YEAR, false, 2001, 2003,
        QuadConvention.GDELT, GoldsteinScale.GDELT, List.of("gdelt1")));
    assertThat(o.writes()).isEqualTo(Set.of("csv"));
  }

  @Test
  void userErrorsAreOneLine() {
    assertThatThrownBy(() -> JobOptions.parse("--input", "a", "--format", "phoenix", "--years", "2001-2003", "--out", "o"))
        .isInstanceOf(UserInputException.class).hasMessage("--format phoenix is not allowed (allowed: gdelt1, gdelt2, icews)");
    assertThatThrownBy(() -> JobOptions.parse("--input", "a", "--format", "icews", "--years", "2003-2001", "--out", "o"))
        .isInstanceOf(UserInputException.class).hasMessage("the years 2003-2001 are in the wrong order");
    assertThatThrownBy(() -> JobOptions.parse("--input", "a", "--format", "icews", "--years", "2001-2003"))
        .isInstanceOf(UserInputException.class).hasMessageStartingWith("--input, --format, --years and --out are required");
    assertThatThrownBy(() -> JobOptions.parse("--input", "a", "--format", "icews", "--years", "2001-2003", "--out", "o",
        "--write", "json")).isInstanceOf(UserInputException.class).hasMessageContaining("--write json is not allowed");
  }
}
