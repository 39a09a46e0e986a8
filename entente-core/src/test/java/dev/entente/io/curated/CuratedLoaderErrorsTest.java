package dev.entente.io.curated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.domain.Alliance;
import dev.entente.domain.Catalog;
import dev.entente.error.DataFileException;
import dev.entente.testing.CuratedFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A malformed curated record stops the load with file, line, field, value and rule. */
class CuratedLoaderErrorsTest {

  @TempDir Path dir;

  private static final String GOOD =
      """
      # a good record
      Id: us-japan-1960
      Kind: alliance
      Name: Treaty of Mutual Cooperation and Security
      Party: USA
      Party: JPN
      Signed: 1960-01-19
      Start: 1960-06-23
      Pledge: USA -> JPN defense | Art. V | armed attack in the territories
      + under the administration of Japan
      Renewal: denounce notice 12m
      Atop: 3375
      Source: US Embassy | n.d. | Treaty texts | https://jp.usembassy.gov/
      """;

  private DataFileException failure(String rec) {
    CuratedFixture f = new CuratedFixture(dir).with("alliances.rec", rec);
    return (DataFileException) org.assertj.core.api.Assertions.catchThrowable(f::load);
  }

  @Test
  void aGoodRecordLoadsWithItsContinuationLine() {
    Catalog c = new CuratedFixture(dir).with("alliances.rec", GOOD).load();
    Alliance a = (Alliance) c.commitment("us-japan-1960").orElseThrow();
    assertThat(a.obligations().pledges().get(0).condition())
        .isEqualTo("armed attack in the territories under the administration of Japan");
    assertThat(c.dataVersion()).startsWith("curated fixture sha256:");
  }

  @Test
  void anImpossibleDateNamesFileLineFieldAndValue() {
    DataFileException e = failure(GOOD.replace("Start: 1960-06-23", "Start: 1960-02-30"));
    assertThat(e)
        .hasMessage("alliances.rec:8: field Start: value '1960-02-30': '1960-02-30' is not a valid date"
            + " (Invalid date 'FEBRUARY 30')");
    assertThat(e.file()).isEqualTo("alliances.rec");
    assertThat(e.line()).isEqualTo(8);
    assertThat(e.field()).isEqualTo("Start");
  }

  @Test
  void anUnknownFieldIsAnErrorNotSilentlyDropped() {
    DataFileException e = failure(GOOD.replace("Signed:", "Sigend:"));
    assertThat(e).hasMessageStartingWith("alliances.rec:7: field Sigend: value '1960-01-19': unknown field");
  }

  @Test
  void anUnknownActorIsNamed() {
    assertThat(failure(GOOD.replace("Party: JPN", "Party: XYZ")))
        .hasMessageContaining("alliances.rec:6: field Party: value 'XYZ': unknown actor 'XYZ'");
  }

  @Test
  void aPledgeByANonPartyIsRejected() {
    assertThat(failure(GOOD.replace("Pledge: USA -> JPN", "Pledge: CHN -> JPN")))
        .hasMessageContaining("field Pledge")
        .hasMessageContaining("CHN is not a Party of this record");
  }

  @Test
  void anUnknownObligationTypeListsTheAllowedOnes() {
    assertThat(failure(GOOD.replace("defense |", "defence |")))
        .hasMessageContaining("'defence' is not an obligation type (allowed: defense, offense, neutrality");
  }

  @Test
  void everyRecordNeedsASource() {
    assertThat(failure(GOOD.replaceAll("Source: .*\n", "")))
        .hasMessage("alliances.rec:2: field Source: every record needs at least one source");
  }

  @Test
  void aMissingRequiredFieldNamesTheRecordLine() {
    assertThat(failure(GOOD.replace("Start: 1960-06-23\n", "")))
        .hasMessage("alliances.rec:2: field Start: required field is missing");
  }

  @Test
  void duplicateIdsAreRejected() {
    DataFileException e = failure(GOOD + "\n" + GOOD);
    assertThat(e).hasMessageContaining("alliances.rec:16: field Id: value 'us-japan-1960': duplicate id");
  }

  @Test
  void aDatedEndNeedsAReason() {
    assertThat(failure(GOOD.replace("Signed:", "End: 1970-01-01\nSigned:")))
        .hasMessageContaining("field End: value '1970-01-01': a dated End needs an EndReason");
  }

  @Test
  void aPartnershipLabelMustHaveATier() {
    String rec = """
        Id: chn-jpn-test
        Kind: partnership
        Name: a test partnership
        Party: CHN
        Party: JPN
        Label: everlasting partnership
        Start: 2000
        Source: Test | n.d. | fixture
        """;
    assertThat(failure(rec))
        .hasMessageContaining("field Label: value 'everlasting partnership': label not found in partnership-tiers.tsv");
  }

  @Test
  void aBrokenTsvRowNamesItsLine() {
    CuratedFixture f = new CuratedFixture(dir).with("states.tsv", CuratedFixture.STATES + "999\tXXX\n");
    assertThatThrownBy(f::load)
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("states.tsv:12: value '999 XXX': expected 5 tab-separated columns, found 2");
  }

  @Test
  void aContinuationWithoutAFieldIsRejected() {
    assertThat(failure("+ dangling\n")).hasMessageContaining("alliances.rec:1: value '+ dangling': a continuation line must follow a field");
  }

  @Test
  void aFileThatIsNotUtf8IsRejected() throws Exception {
    Path written = new CuratedFixture(dir).with("alliances.rec", GOOD).write();
    Files.write(written.resolve("alliances.rec"), new byte[] {'I', 'd', ':', ' ', (byte) 0xE9, '\n'});
    assertThatThrownBy(() -> CuratedLoader.load(CuratedFiles.directory(written)))
        .hasMessageContaining("alliances.rec: is not valid UTF-8");
  }

  @Test
  void anAlternativeRenewalReadingMustSayWhoReadsItSo() {
    assertThat(failure(GOOD.replace("Renewal: denounce notice 12m", "Renewal: denounce notice 12m\nRenewal: indefinite")))
        .hasMessageContaining("an alternative renewal reading must end in '| reading: who says so'");
  }
}
