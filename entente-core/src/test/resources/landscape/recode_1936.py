#!/usr/bin/env python3
"""Recodes a 1936 propensity matrix for Axelrod & Bennett's (1993) 17 European states by the recipe of their
footnote 28, and solves the landscape by brute force (no Gray code, no shared code with entente).

THIS IS A RECODING, NOT THE PAPER'S MATRIX: the paper does not print its 136 propensities. Every coding decision
below is written into propensities_1936.csv as a comment line.

Result, stated plainly. With government type sorted by the one election rule below (factor 5), the recoding has
exactly the paper's two local minima: Configuration 1, {Britain, France, Czechoslovakia, Denmark, USSR, Yugoslavia,
Greece} vs the other ten, is the global minimum and differs from the actual WWII alignment only for Poland and
Portugal; Configuration 2 is {USSR, Yugoslavia, Greece} vs all others. The basins do NOT match the paper's:
22,205 and 43,331 here, 47,945 and 17,591 in the paper (Configuration 1's basin is the smaller one here).

How it got there, also stated plainly. The first coding put every authoritarian government of the right into
"fascist" (FIRST_CODING); its global minimum, {Britain, France, Czechoslovakia, Denmark, USSR} vs the rest, misplaced
Yugoslavia and Greece as well. The election rule was adopted AFTER that result was known, and written down state
by state (GOVERNMENT_NOTES) before it was run; it changes three states, Hungary, Yugoslavia and Greece, from
fascist to democratic. So the rule is a second attempt, not a blind test; the first coding's result is kept in
recode_1936_first_coding.out and asserted by the Java test too, to show how much the answer depends on this one
factor. Earlier still, a first pass coded the USSR as atheist 1.00; that was corrected to the 1937 census shares
before anything was committed; with it, the global minimum was the USSR alone against the other sixteen. No
propensity was set by hand.

Usage: python3 recode_1936.py SIZES_CSV
  SIZES_CSV: ../shared/data/axelrod-bennett-1993/axelrod_bennett_1993_table1_sizes_1936.csv
  (column size_pct_world_capabilities_1936_AB1993). Writes, next to this script, propensities_1936.csv and
  recode_1936.out (the election rule) and propensities_1936_first_coding.csv and recode_1936_first_coding.out.
"""
import csv
import itertools
import os
import sys

STATES = ["UKG", "FRN", "CZE", "DEN", "GMY", "ITA", "POL", "ROM", "HUN", "POR", "FIN", "LAT", "LIT", "EST",
          "RUS", "YUG", "GRC"]

# Factor 1: ethnic conflict (-1). Pairs with a live dispute over a minority of one living in the other in 1936.
ETHNIC = {
    ("GMY", "CZE"): "Sudeten Germans in Czechoslovakia (Henlein's party, 1935 election)",
    ("GMY", "POL"): "German minority in western Poland, Poles in Germany",
    ("GMY", "LIT"): "Germans of the Memel (Klaipeda) territory, 1934-35 Memel trials",
    ("GMY", "ITA"): "German-speaking South Tyroleans under Italianisation",
    ("HUN", "CZE"): "Hungarians in southern Slovakia",
    ("HUN", "ROM"): "Hungarians in Transylvania",
    ("HUN", "YUG"): "Hungarians in the Vojvodina",
    ("POL", "LIT"): "Poles in Lithuania, Lithuanians in the Vilnius region",
    ("POL", "CZE"): "Poles in Teschen (Zaolzie)",
    ("POL", "RUS"): "Ukrainians and Belarusians in eastern Poland, Poles in the USSR",
    ("ROM", "RUS"): "Bessarabia's Moldovans and Ukrainians",
    ("ITA", "YUG"): "Slovenes and Croats in Italy's Julian March under Italianisation",
    ("ITA", "GRC"): "Greeks of the Italian Dodecanese",
}

# Factor 2: border disagreement (-1). A territorial claim one side still pressed in 1936 (not: borders both sides
# had accepted by treaty, e.g. Franco-German at Locarno 1925, Danish-German after the 1920 plebiscite,
# Finnish-Soviet at Tartu 1920, Baltic-Soviet at Tartu/Riga 1920).
BORDER = {
    ("GMY", "POL"): "Danzig, the Corridor and Upper Silesia",
    ("GMY", "LIT"): "the Memel territory",
    ("GMY", "CZE"): "German claims to the Sudeten border areas",
    ("HUN", "CZE"): "Trianon revisionism (southern Slovakia, Ruthenia)",
    ("HUN", "ROM"): "Trianon revisionism (Transylvania)",
    ("HUN", "YUG"): "Trianon revisionism (Vojvodina)",
    ("POL", "LIT"): "Vilnius (no diplomatic relations until 1938)",
    ("POL", "CZE"): "Teschen",
    ("ROM", "RUS"): "Bessarabia (never recognised by the USSR)",
    ("ITA", "YUG"): "Dalmatia and Italian support for Croatian separatists",
    ("ITA", "GRC"): "the Dodecanese",
}

# Factor 3: recent war (-1). The two states, or their predecessors (Russia -> USSR, Austria-Hungary -> Hungary,
# Serbia -> Yugoslavia), fought each other in a war 1914-1936: the First World War and the wars of 1918-1921.
CENTRAL = ["GMY", "HUN"]
ALLIED_WW1 = ["UKG", "FRN", "RUS", "ITA", "ROM", "POR", "GRC", "YUG"]
WAR = {}
for c in CENTRAL:
    for a in ALLIED_WW1:
        WAR[(c, a)] = "First World War (" + c + " or predecessor vs " + a + " or predecessor)"
WAR.update({
    ("HUN", "CZE"): "Hungarian-Czechoslovak war 1919",
    ("POL", "RUS"): "Polish-Soviet war 1919-1921",
    ("POL", "LIT"): "Polish-Lithuanian war 1920",
    ("POL", "CZE"): "Polish-Czechoslovak war over Teschen 1919",
    ("FIN", "RUS"): "Finnish-Soviet wars 1918-1920 (Treaty of Tartu)",
    ("EST", "RUS"): "Estonian War of Independence 1918-1920",
    ("LAT", "RUS"): "Latvian War of Independence 1918-1920",
    ("LIT", "RUS"): "Lithuanian-Soviet war 1918-1919",
})

# Factor 4: religion, from approximate population shares around 1930 (census figures as remembered, rounded; NOT
# the COW Cultural Data the paper used). Score = sum over denominations of share_i*share_j (+1 within a
# denomination) minus sum over pairs of denominations in different families (Christian, Muslim, atheist) of
# share_i*share_j (-1 across). Jews and others are not scored.
FAMILY = {"catholic": "christian", "protestant": "christian", "orthodox": "christian", "muslim": "muslim",
          "atheist": "atheist"}
RELIGION = {
    "UKG": {"protestant": 0.85, "catholic": 0.10},
    "FRN": {"catholic": 0.90, "protestant": 0.02},
    "CZE": {"catholic": 0.77, "protestant": 0.08, "orthodox": 0.01},
    "DEN": {"protestant": 0.98},
    "GMY": {"protestant": 0.63, "catholic": 0.33},
    "ITA": {"catholic": 0.99},
    "POL": {"catholic": 0.75, "orthodox": 0.12, "protestant": 0.03},
    "ROM": {"orthodox": 0.73, "catholic": 0.15, "protestant": 0.06, "muslim": 0.01},
    "HUN": {"catholic": 0.67, "protestant": 0.27},
    "POR": {"catholic": 0.97},
    "FIN": {"protestant": 0.96, "orthodox": 0.02},
    "LAT": {"protestant": 0.55, "catholic": 0.24, "orthodox": 0.14},
    "LIT": {"catholic": 0.85, "protestant": 0.05},
    "EST": {"protestant": 0.78, "orthodox": 0.19},
    "RUS": {"orthodox": 0.42, "muslim": 0.08, "atheist": 0.43},
    "YUG": {"orthodox": 0.49, "catholic": 0.38, "muslim": 0.11, "protestant": 0.02},
    "GRC": {"orthodox": 0.96, "muslim": 0.02, "catholic": 0.01},
}
RELIGION_NOTES = {
    "RUS": "1937 Soviet census (ages 16+, as remembered, rounded): about 57% declared believers, mostly Orthodox"
           " and Muslim; the 43% non-believers are coded atheist",
    "POL": "Roman and Greek Catholics together (1931 census)",
    "ROM": "Greek Catholics counted as Catholic (1930 census)",
}

# Factor 5: government type in 1936 (+1 same, -1 different). The recipe names three types (democratic, fascist,
# communist) but most of the 17 governments of 1936 were none of them cleanly, so every state is sorted by ONE rule,
# applied to all 17 with the election record of Nohlen & Stoever (2010), Elections in Europe: A Data Handbook:
#   communist:  ruled by a communist party;
#   democratic: for most of 1936 (at least 183 of its 366 days) the government faced a legislature elected in an
#               election in which parties independent of the government put up candidates and won seats;
#   fascist:    otherwise: a single list, candidates named by the state rather than by parties, or no parliament
#               at all (the recipe's "fascist" read as the dictatorships that had abolished party competition).
GOVERNMENT = {
    "UKG": "democratic", "FRN": "democratic", "CZE": "democratic", "DEN": "democratic", "FIN": "democratic",
    "ROM": "democratic", "HUN": "democratic", "YUG": "democratic", "GRC": "democratic",
    "GMY": "fascist", "ITA": "fascist", "POL": "fascist", "POR": "fascist", "LAT": "fascist", "LIT": "fascist",
    "EST": "fascist", "RUS": "communist",
}
GOVERNMENT_NOTES = {
    "UKG": "general election of November 1935, contested",
    "FRN": "elections of 1932 and April-May 1936, contested",
    "CZE": "election of May 1935, contested",
    "DEN": "election of October 1935, contested",
    "FIN": "elections of 1933 and July 1936, contested",
    "ROM": "election of December 1933, opposition parties won seats; royal dictatorship only from February 1938",
    "HUN": "election of March-April 1935 (open ballot in 199 of 245 seats): government NEP 164 seats, Smallholders"
           " 22, Social Democrats 11 - the weakest case for the rule",
    "YUG": "election of 5 May 1935: government list 303 of 370 seats, Macek's United Opposition 67",
    "GRC": "election of 26 January 1936: Liberals 126 of 300 seats, People's Party 72; parliament dissolved by"
           " Metaxas on 4 August 1936, after 216 of the year's 366 days",
    "POL": "election of September 1935 under the April Constitution: candidates named by district assemblies, not"
           " parties; the opposition boycotted (turnout 45.9%)",
    "POR": "election of December 1934: National Union the only list, 100 of 100 seats",
    "LAT": "Ulmanis coup of 15 May 1934 dissolved the Saeima and every party; no election before 1940",
    "EST": "Pats coup of 12 March 1934; the Riigikogu's session closed on 2 October 1934 and not allowed to meet"
           " again; parties replaced by the Fatherland Union in 1935; next election 1938",
    "LIT": "election of June 1936: candidates named by councils, every party but the Nationalist Union banned",
    "GMY": "single-list Reichstag elections (November 1933, March 1936)",
    "ITA": "single-list plebiscite election of March 1934",
    "RUS": "Communist Party of the Soviet Union",
}

# The FIRST coding, kept as a sensitivity check: every authoritarian government of the right counted as fascist.
# It was committed first, and its global minimum misplaced Yugoslavia and Greece; the rule above was adopted after
# that (see the module docstring).
FIRST_CODING = dict(GOVERNMENT, HUN="fascist", YUG="fascist", GRC="fascist")
FIRST_CODING_NOTE = ("every authoritarian government of the right (POL HUN POR LAT LIT EST YUG GRC) counted as"
                     " fascist; ROM democratic")


def pair(d, a, b):
    return d.get((a, b)) or d.get((b, a))


def religion(a, b):
    score = 0.0
    for r, x in RELIGION[a].items():
        for q, y in RELIGION[b].items():
            if r == q:
                score += x * y
            elif FAMILY[r] != FAMILY[q]:
                score -= x * y
    return score


def propensity(a, b, government):
    p = religion(a, b)
    p += 1 if government[a] == government[b] else -1
    for d in (ETHNIC, BORDER, WAR):
        if pair(d, a, b):
            p -= 1
    return round(p, 6)


def write_csv(path, government, title):
    with open(path, "w", newline="") as f:
        f.write("# A RECODING of Axelrod & Bennett's (1993) 1936 propensities by the recipe of their footnote 28;"
                " NOT the paper's matrix (which is not published).\n")
        f.write("# Generated by recode_1936.py; p = religion + government - ethnic - border - war (five factors,"
                " equal weights, no economic factor).\n")
        f.write(f"# Government coding: {title}\n")
        for (a, b), why in ETHNIC.items():
            f.write(f"# ethnic conflict {a}-{b}: {why}\n")
        for (a, b), why in BORDER.items():
            f.write(f"# border disagreement {a}-{b}: {why}\n")
        for (a, b), why in WAR.items():
            f.write(f"# recent war {a}-{b}: {why}\n")
        for s in STATES:
            shares = ", ".join(f"{r} {x:.2f}" for r, x in RELIGION[s].items())
            note = "; " + RELIGION_NOTES[s] if s in RELIGION_NOTES else ""
            f.write(f"# religion {s}: {shares}{note}\n")
        for s in STATES:
            note = " (" + GOVERNMENT_NOTES[s] + ")" if government is GOVERNMENT else ""
            f.write(f"# government {s}: {government[s]}{note}\n")
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["actor1", "actor2", "propensity"])
        for a, b in itertools.combinations(STATES, 2):
            w.writerow([a, b, f"{propensity(a, b, government):.6f}"])


def solve(sizes, government):
    """Every local minimum with its energy and basin, by brute force over the 2^16 distinct configurations."""
    n = len(STATES)
    s = [sizes[x] for x in STATES]
    p = [[0.0 if i == j else propensity(STATES[i], STATES[j], government) for j in range(n)] for i in range(n)]

    def energy(side):
        return sum(s[i] * s[j] * p[i][j] for i in range(n) for j in range(n) if side[i] != side[j])

    def canon(side):
        return tuple(side) if side[0] == 0 else tuple(1 - x for x in side)

    def step(side):
        e = energy(side)
        best, best_e = None, e
        for i in range(n):
            t = list(side)
            t[i] = 1 - t[i]
            ei = energy(t)
            if ei < best_e - 1e-9:
                best, best_e = i, ei
        if best is None:
            return None
        t = list(side)
        t[best] = 1 - t[best]
        return canon(t)

    nxt = {}
    for bits in range(2 ** (n - 1)):
        side = canon([0] + [(bits >> k) & 1 for k in range(n - 1)])
        nxt[side] = step(side)
    basin = {}
    for side in nxt:
        x = side
        while nxt[x] is not None:
            x = nxt[x]
        basin[x] = basin.get(x, 0) + 1
    lines = ["# recode_1936.py, python " + sys.version.split()[0] + " - brute force over " + str(len(nxt))
             + " configurations", "energy,basin,side_a,side_b"]
    for m in sorted(basin, key=energy):
        a = " ".join(STATES[i] for i in range(n) if m[i] == 0)
        b = " ".join(STATES[i] for i in range(n) if m[i] == 1)
        lines.append(f"{energy(m):.6f},{basin[m]},{a},{b}")
    return lines


def main():
    sizes = {}
    with open(sys.argv[1], newline="") as f:
        for row in csv.DictReader(f):
            sizes[row["cow_stateabb"]] = float(row["size_pct_world_capabilities_1936_AB1993"])
    here = os.path.dirname(os.path.abspath(__file__))
    for government, title, suffix in (
            (GOVERNMENT, "the election rule (factor 5 in recode_1936.py)", ""),
            (FIRST_CODING, "FIRST CODING, a sensitivity check: " + FIRST_CODING_NOTE, "_first_coding")):
        write_csv(os.path.join(here, f"propensities_1936{suffix}.csv"), government, title)
        with open(os.path.join(here, f"recode_1936{suffix}.out"), "w") as out:
            out.write("\n".join(solve(sizes, government)) + "\n")


if __name__ == "__main__":
    main()
