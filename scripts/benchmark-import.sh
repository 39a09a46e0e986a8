#!/usr/bin/env bash
# Benchmark: import every research dataset into a fresh store, then build the full directed COW dyad-year frame
# 1816-2018 with ATOP, COW alliances and NMC added. Prints the time of each step and the total.
#
#   scripts/benchmark-import.sh [DATA_DIR]      (default: ../shared/data, or $ENTENTE_TEST_DATA)
#
# Every step is a separate ./entente run, so the total includes each run's JVM start (about 1.5 s).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${1:-${ENTENTE_TEST_DATA:-$root/../shared/data}}"
data="$(cd "$data" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
db="$work/bench.duckdb"
"$root/entente" --version >/dev/null   # build first, outside the timing

step() {
  local label="$1"; shift
  local t0 t1
  t0=$(date +%s.%N)
  "$root/entente" --db "$db" "$@" >/dev/null
  t1=$(date +%s.%N)
  printf '%-44s %6.1f s\n' "$label" "$(awk -v a="$t0" -v b="$t1" 'BEGIN{print b-a}')"
}

start=$(date +%s.%N)
step "store + built-in dataset"        actors
step "import atop (5 files)"           import atop "$data/atop-5.1"
step "import cow-system (3 files)"     import cow-system "$data/cow-state-system"
step "import cow-alliances"            import cow-alliances "$data/cow-alliances-4.1/alliance_v4.1_by_member.csv"
[ -f "$data/cow-alliances-4.1/derived_peacesciencer/cow_alliance_directed_dyad_year.csv" ] && \
step "import cow-alliances (dyad-years)" import cow-alliances "$data/cow-alliances-4.1/derived_peacesciencer/cow_alliance_directed_dyad_year.csv"
step "import nmc"                      import nmc "$data/cow-nmc-6.0/NMC-60-abridged.csv"
[ -d "$data/unga-voting/voeten_UNVotesPublished" ] && \
step "import unvotes (Voeten, 1.07 M votes)" import unvotes "$data/unga-voting/voeten_UNVotesPublished"
[ -d "$data/unga-voting/unvotes_pkg" ] && \
step "import unvotes (unvotes package)" import unvotes "$data/unga-voting/unvotes_pkg"
[ -f "$data/unga-voting/voeten_dataverse/IdealpointestimatesAll_Jun2024.csv" ] && \
step "import idealpoints"              import idealpoints "$data/unga-voting/voeten_dataverse/IdealpointestimatesAll_Jun2024.csv"
step "import dcad"                     import dcad "$data/kinne-dcad/DCAD-v1.0-main.csv"
step "import countrycodes"             import countrycodes "$data/country-codes/countrycode_codelist_without_cldr.csv"
step "dyads 1816-2018 directed +atop,cow-alliances,nmc" \
  dyads --years 1816-2018 --add atop,cow-alliances,nmc --format parquet --out "$work/frame.parquet"
end=$(date +%s.%N)
printf '%-44s %6.1f s\n' "total" "$(awk -v a="$start" -v b="$end" 'BEGIN{print b-a}')"
# alignment measures for every undirected ATOP dyad-year (the command prints its own compute-and-write time)
"$root/entente" --db "$db" similarity --source atop --years 1816-2018 --measures s_un,s_wt,kappa,pi,taub \
  --format parquet --out "$work/similarity.parquet" | head -1
# UN vote measures for every dyad-session (Voeten's votes, imported above)
if [ -d "$data/unga-voting/voeten_UNVotesPublished" ]; then
  "$root/entente" --db "$db" similarity --source unvotes --years 1946-2015 --format parquet \
    --out "$work/votes.parquet" | head -1
fi
