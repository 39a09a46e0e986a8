package dev.entente.io.curated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.analysis.criticism.CriticismRequest;
import dev.entente.analysis.criticism.InMemoryEvents;
import dev.entente.analysis.criticism.TargetCount;
import dev.entente.domain.CuratedStatement;
import dev.entente.error.DataFileException;
import dev.entente.testing.Curated;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The curated statements: the dates and codes of FACTS.md section 7 and the checked sources. */
class StatementsFileTest {

  @Test
  void theBuiltInStatementsLoadWithTheirDatesAndCodes() {
    List<CuratedStatement> all = StatementsFile.load(CuratedFiles.builtIn(), Curated.catalog());
    assertThat(all).extracting(CuratedStatement::id).containsExactly("pd-zhongsheng-nato-2022",
        "mfa-quad-summit-2021", "mfa-aukus-2021", "mfa-aukus-quad-2021", "mfa-dprk-treaty-2021");
    CuratedStatement nato = all.get(0);
    assertThat(nato.date()).isEqualTo(LocalDate.of(2022, 7, 5));
    assertThat(nato.targets()).containsExactly("NATO");
    assertThat(nato.cameo()).isEqualTo("111");
    assertThat(all.get(4).date()).isEqualTo(LocalDate.of(2021, 7, 7));
    assertThat(all.get(4).targetStates()).containsExactly("PRK");
    assertThat(all).allSatisfy(s -> assertThat(s.sources()).isNotEmpty());
  }

  @Test
  void asEventsEachTargetStateCountsOnce() {
    InMemoryEvents events = InMemoryEvents.ofStatements(StatementsFile.load(CuratedFiles.builtIn(), Curated.catalog()));
    // 1 + 4 + 3 + 5 + 1 target states
    assertThat(events.events()).hasSize(14);
    Map<String, TargetCount> c = events.towards("CHN", 2021, 2022, Set.copyOf(CriticismRequest.DEFAULT_CODES));
    assertThat(c.get("AUS")).isEqualTo(new TargetCount("AUS", 3, 3));
    assertThat(c.get("PRK")).isEqualTo(new TargetCount("PRK", 1, 0));
  }

  @Test
  void aBadRecordNamesFileLineFieldAndRule() {
    String text = "Id: x\nKind: statement\nDate: 2021-02-30\nActor: CHN\n";
    assertThatThrownBy(() -> StatementsFile.read(text, Curated.catalog()))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("statements.rec").hasMessageContaining("Date").hasMessageContaining("YYYY-MM-DD");
    String unknownActor = "Id: x\nKind: statement\nDate: 2021-02-03\nActor: XXX\n";
    assertThatThrownBy(() -> StatementsFile.read(unknownActor, Curated.catalog()))
        .hasMessageContaining("Actor").hasMessageContaining("not the ISO3 code");
  }
}
