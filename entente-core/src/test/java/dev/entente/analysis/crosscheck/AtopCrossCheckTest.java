package dev.entente.analysis.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.domain.AtopLink;
import dev.entente.domain.Catalog;
import dev.entente.domain.Obligation;
import dev.entente.testing.Curated;
import dev.entente.testing.CuratedFixture;
import dev.entente.testing.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every curated treaty that is also in ATOP 5.1 agrees with it, or the record explains why not. */
class AtopCrossCheckTest {

  @TempDir Path dir;

  /** Reads ATOP 5.1's member-level file joined with the alliance-level begyr (plain CSV, no quoted fields). */
  static List<AtopMember> readAtop(Path members, Path alliances) throws IOException {
    Map<Integer, Integer> begyr = new HashMap<>();
    List<String> a = Files.readAllLines(alliances);
    List<String> ah = List.of(a.get(0).split(",", -1));
    for (String line : a.subList(1, a.size())) {
      String[] f = line.split(",", -1);
      begyr.put(Integer.parseInt(f[ah.indexOf("atopid")]), Integer.parseInt(f[ah.indexOf("begyr")]));
    }
    List<String> m = Files.readAllLines(members);
    List<String> h = List.of(m.get(0).split(",", -1));
    List<AtopMember> out = new ArrayList<>();
    for (String line : m.subList(1, m.size())) {
      String[] f = line.split(",", -1);
      int id = Integer.parseInt(f[h.indexOf("atopid")]);
      Set<Obligation> flags = EnumSet.noneOf(Obligation.class);
      String[][] cols = {{"defense", "DEFENSE"}, {"offense", "OFFENSE"}, {"neutral", "NEUTRALITY"},
          {"nonagg", "NONAGGRESSION"}, {"consul", "CONSULTATION"}};
      for (String[] c : cols) {
        if (f[h.indexOf(c[0])].equals("1")) {
          flags.add(Obligation.valueOf(c[1]));
        }
      }
      out.add(new AtopMember(id, Integer.parseInt(f[h.indexOf("member")]), begyr.get(id), flags));
    }
    return out;
  }

  private static List<AtopMember> atop() throws IOException {
    return readAtop(TestData.require("atop-5.1/atop5_1m.csv"), TestData.require("atop-5.1/atop5_1a.csv"));
  }

  @Test
  void everyDifferenceFromAtopIsExplainedInTheRecord() throws IOException {
    List<AtopCrossCheck.Difference> diffs = new AtopCrossCheck(Curated.catalog()).compare(atop());
    List<String> unexplained =
        diffs.stream().filter(d -> !d.explained())
            .map(d -> d.commitmentId() + " " + d.aspect() + ": " + d.detail())
            .collect(Collectors.toList());
    assertThat(unexplained).as("differences from ATOP 5.1 without an AtopNote").isEmpty();
  }

  @Test
  void theCheckCoversTheCoreTreatiesAndAgreesWithAtopOnTheirMembersAndStartYears() throws IOException {
    List<AtopMember> rows = atop();
    List<AtopCrossCheck.Difference> diffs = new AtopCrossCheck(Curated.catalog()).compare(rows);
    for (String id : List.of("nato", "us-japan-1960", "us-korea-1953", "anzus", "china-dprk-1961", "china-russia-2001")) {
      assertThat(diffs).as(id).noneMatch(d -> d.commitmentId().equals(id) && d.aspect() != AtopLink.AtopNote.Aspect.OBLIGATIONS
          && !(id.equals("anzus") && d.aspect() == AtopLink.AtopNote.Aspect.MEMBERS));
    }
    // NATO in ATOP 5.1: 30 members over all phases, begyr 1949
    assertThat(rows.stream().filter(r -> r.atopid() == 3180).map(AtopMember::ccode).distinct()).hasSize(30);
  }

  @Test
  void anUnexplainedDisagreementIsReported() {
    String rec = """
        Id: us-japan-1960
        Kind: alliance
        Name: Treaty of Mutual Cooperation and Security
        Party: USA
        Party: JPN
        Signed: 1961-01-19
        Start: 1960-06-23
        Pledge: * -> * defense | Art. V
        Atop: 3375
        AtopNote: obligations | ATOP codes Japan without a defence pledge
        Source: Test | n.d. | fixture
        """;
    Catalog c = new CuratedFixture(dir).with("a.rec", rec).load();
    List<AtopMember> atop = List.of(
        new AtopMember(3375, 2, 1960, EnumSet.of(Obligation.DEFENSE, Obligation.CONSULTATION)),
        new AtopMember(3375, 740, 1960, EnumSet.of(Obligation.CONSULTATION)),
        new AtopMember(3375, 900, 1960, EnumSet.of(Obligation.CONSULTATION)));
    List<AtopCrossCheck.Difference> diffs = new AtopCrossCheck(c).compare(atop);
    assertThat(diffs).extracting(AtopCrossCheck.Difference::aspect, AtopCrossCheck.Difference::explained)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(AtopLink.AtopNote.Aspect.MEMBERS, false),
            org.assertj.core.groups.Tuple.tuple(AtopLink.AtopNote.Aspect.START, false),
            org.assertj.core.groups.Tuple.tuple(AtopLink.AtopNote.Aspect.OBLIGATIONS, true));
    assertThat(diffs.get(0).detail()).isEqualTo("only in the record: []; only in ATOP: [900]");
  }
}
