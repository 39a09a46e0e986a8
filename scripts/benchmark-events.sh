#!/usr/bin/env bash
# Benchmark: event data at scale. Writes N synthetic GDELT 1.0 events (entente events synth), imports them into a
# fresh store (entente import gdelt) and aggregates them per undirected dyad-year (entente events aggregate);
# then, on the same files, DuckDB's own read_csv + GROUP BY with no entente code (dev.entente.bench.EventsBaseline,
# a small main in entente-core's test classes run on the build's class path: the duckdb CLI is not available).
#
#   scripts/benchmark-events.sh [ROWS] [FILES]      (default: 10000000 events in 8 plain files)
#
# Every step is a separate ./entente run, so each includes its JVM start (about 1.5 s). The store is created (with
# the built-in curated dataset) before the import is timed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rows="${1:-10000000}"
files="${2:-8}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
db="$work/bench.duckdb"
"$root/entente" --version >/dev/null   # build first, outside the timing
(cd "$root" && ./mvnw -B -q -ntp -pl entente-core test-compile >/dev/null)
cp="$root/entente-core/target/classes:$root/entente-core/target/test-classes:$(ls "$root"/entente-cli/target/lib/duckdb_jdbc-*.jar)"

now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN{printf "%.1f", b-a}'; }

step() {
  local label="$1"; shift
  local t0 t1
  t0=$(now)
  "$@" >"$work/out.txt" 2>"$work/err.txt"
  t1=$(now)
  printf '%-52s %7s s\n' "$label" "$(secs "$t0" "$t1")"
  last=$(secs "$t0" "$t1")
}

printf 'entente events benchmark: %s events in %s files, %s cores, %s\n' "$rows" "$files" "$(nproc)" "$(date -u +%Y-%m-%dT%H:%MZ)"
step "synth ($rows events)" "$root/entente" events synth --rows "$rows" --files "$files" --out "$work/gdelt"
printf '  %s, %s\n' "$(du -sh "$work/gdelt" | cut -f1)" "$(head -1 "$work/out.txt")"
step "fresh store (built-in dataset)" "$root/entente" --db "$db" actors
step "import gdelt" "$root/entente" --db "$db" import gdelt "$work/gdelt"
import=$last
printf '  %s\n' "$(tail -1 "$work/out.txt")"
step "events aggregate --by dyad-year (csv)" "$root/entente" --db "$db" events aggregate --by dyad-year \
  --years 1979-2030 --out "$work/agg.csv"
aggregate=$last
printf '  %s\n' "$(head -1 "$work/out.txt")"
printf '%-52s %7s s\n' "import + aggregate" "$(awk -v a="$import" -v b="$aggregate" 'BEGIN{printf "%.1f", a+b}')"
step "duckdb read_csv + GROUP BY (baseline, same files)" java -cp "$cp" dev.entente.bench.EventsBaseline "$work/gdelt"
printf '  %s\n' "$(cat "$work/out.txt")"
printf 'store file: %s\n' "$(du -sh "$db" | cut -f1)"
