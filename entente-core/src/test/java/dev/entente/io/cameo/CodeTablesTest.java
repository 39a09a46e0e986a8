package dev.entente.io.cameo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.entente.domain.GoldsteinScale;
import dev.entente.domain.QuadConvention;
import dev.entente.testing.TestData;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped code tables against the published tables and the differences METHODS.md §B.7-B.8 lists. */
class CodeTablesTest {

  @Test
  void gdeltGoldsteinValuesEqualGdeltsOwnTable() throws Exception {
    List<String> lines = Files.readAllLines(TestData.require("events/cameo/CAMEO.goldsteinscale.txt"));
    Map<String, Double> published = new HashMap<>();
    for (String l : lines.subList(1, lines.size())) {
      String[] f = l.split("\t");
      published.put(f[0], Double.parseDouble(f[1]));
    }
    assertThat(published).hasSize(311);
    assertThat(CameoCodes.goldstein(GoldsteinScale.GDELT)).isEqualTo(published);
  }

  @Test
  void theMappingsDifferWhereTheDocumentationSaysTheyDo() {
    Map<String, Double> gdelt = CameoCodes.goldstein(GoldsteinScale.GDELT);
    Map<String, Double> icews = CameoCodes.goldstein(GoldsteinScale.ICEWS);
    Map<String, Double> phoenix = CameoCodes.goldstein(GoldsteinScale.PHOENIX);
    assertThat(icews).hasSize(312).contains(entry("016", -5.0), entry("022", 3.4), entry("164", -6.5), entry("165", -7.0));
    assertThat(gdelt).contains(entry("016", -2.0), entry("022", 3.2), entry("164", -7.0), entry("165", -6.5),
        entry("163", -8.0), entry("057", 8.0), entry("0874", 10.0), entry("111", -2.0));
    assertThat(phoenix).contains(entry("016", 3.4), entry("124", -5.0), entry("163", -6.5), entry("166", -8.0));
    long differ = gdelt.keySet().stream().filter(c -> icews.containsKey(c) && !icews.get(c).equals(gdelt.get(c))).count();
    assertThat(differ).isEqualTo(4);
    assertThat(CameoCodes.all()).hasSize(312).first().isEqualTo(new CameoCodes.Code("01", 1, "01", "MAKE PUBLIC STATEMENT"));
  }

  @Test
  void theThreeQuadConventions() {
    Map<String, Integer> g = CameoCodes.quadClasses(QuadConvention.GDELT);
    Map<String, Integer> i = CameoCodes.quadClasses(QuadConvention.ICEWS);
    Map<String, Integer> p = CameoCodes.quadClasses(QuadConvention.PHOENIX);
    assertThat(g).hasSize(20).contains(entry("05", 1), entry("09", 2), entry("14", 3), entry("15", 4));
    assertThat(i).contains(entry("05", 1), entry("08", 2), entry("09", 3), entry("13", 3), entry("14", 4));
    assertThat(p).contains(entry("01", 0), entry("02", 0), entry("03", 1), entry("09", 3), entry("16", 3), entry("14", 4),
        entry("15", 4), entry("17", 4));
    assertThat(CameoCodes.quadVersion()).isEqualTo("quad-classes-2026-11");
  }

  @Test
  void actorCountriesMapToIso3AndCow() {
    Map<String, CountryCodes.Mapping> cameo = new HashMap<>();
    Map<String, CountryCodes.Mapping> icews = new HashMap<>();
    for (CountryCodes.Mapping m : CountryCodes.all()) {
      (m.scheme().equals("cameo") ? cameo : icews).put(m.code(), m);
    }
    assertThat(cameo.get("USA").ccode()).isEqualTo(2);
    assertThat(cameo.get("CHN").ccode()).isEqualTo(710);
    assertThat(cameo.get("USR").iso3()).isEqualTo("RUS");
    assertThat(cameo.get("KSV").ccode()).isEqualTo(347);
    assertThat(cameo.get("PSE").ccode()).isNull();
    assertThat(cameo).doesNotContainKeys("AFR", "EUR", "IGO", "WST");
    assertThat(icews.get("Russian Federation").iso3()).isEqualTo("RUS");
    assertThat(icews.get("Occupied Palestinian Territory").iso3()).isEqualTo("PSE");
    assertThat(icews.get("South Korea").ccode()).isEqualTo(732);
    assertThat(CountryCodes.version()).isEqualTo("event-countries-2026-11");
  }
}
