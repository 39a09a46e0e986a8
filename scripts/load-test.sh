#!/usr/bin/env bash
# Load test of the workbench API from a second process, on 127.0.0.1 only: starts `entente serve` on a fresh
# store (with ATOP and the COW state system imported when the research data is there, so the dyad-similarity
# endpoint computes real values), then runs wrk (Debian package `wrk`) against the obligations, partners and
# dyad-similarity endpoints, each for a bounded time, and stops the server.
#
#   scripts/load-test.sh [SECONDS] [CONNECTIONS]     (default: 15 s, 16 connections, 1 wrk thread)
#   WARMUP=10 scripts/load-test.sh                    (an unreported warm-up of WARMUP s per endpoint, all of them
#                                                      before the first measured run, default 10 s: the JIT needs
#                                                      20-30 s of load before the latency tail settles)
#   DATA=../shared/data scripts/load-test.sh
#
# Prints requests/s and the p50/p99 latency for each endpoint. wrk shares the machine's cores with the server.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
secs="${1:-15}"
conns="${2:-16}"
data="${DATA:-${ENTENTE_TEST_DATA:-$root/../shared/data}}"
port="${PORT:-17474}"
warmup="${WARMUP:-10}"
command -v wrk >/dev/null || { echo "load-test: wrk is missing (apt-get install -y wrk)" >&2; exit 1; }
work="$(mktemp -d)"
db="$work/load.duckdb"
server=""
cleanup() { [[ -n "$server" ]] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

"$root/entente" --version >/dev/null   # build first
"$root/entente" --db "$db" actors >/dev/null
dyad="/api/v1/similarity/dyad?a=USA&b=JPN&years=1950-2018"
if [[ -d "$data/atop-5.1" && -d "$data/cow-state-system" ]]; then
  "$root/entente" --db "$db" import atop "$data/atop-5.1" >/dev/null
  "$root/entente" --db "$db" import cow-system "$data/cow-state-system" >/dev/null
  echo "data: ATOP and the COW state system imported from $data"
else
  echo "data: research datasets not found; the dyad endpoint answers 409 (not imported)"
fi

"$root/entente" --db "$db" serve --host 127.0.0.1 --port "$port" >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 100); do
  grep -q "serving" "$work/serve.log" 2>/dev/null && break
  sleep 0.2
done
grep -q "serving" "$work/serve.log" || { cat "$work/serve.log" >&2; exit 1; }
base="http://127.0.0.1:$port"
echo "server: $(grep serving "$work/serve.log")"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) before the runs"

run() {
  local label="$1" path="$2"
  curl -fsS -o /dev/null -w '' "$base$path" 2>/dev/null || true   # warm up (JIT, caches)
  local out
  out="$(wrk -t1 -c"$conns" -d"${secs}s" --latency "$base$path")"
  local rps p50 p99 non2xx
  rps="$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
  p50="$(awk '$1=="50%" {print $2}' <<<"$out")"
  p99="$(awk '$1=="99%" {print $2}' <<<"$out")"
  non2xx="$(awk '/Non-2xx/ {print $NF}' <<<"$out")"
  printf '%-22s %10s req/s   p50 %8s   p99 %8s   %s\n' "$label" "$rps" "$p50" "$p99" \
    "${non2xx:+non-2xx: $non2xx}"
}

echo "wrk: 1 thread, $conns connections, ${secs} s per endpoint after a ${warmup} s warm-up of each"
obligations="/api/v1/obligations?defend=JPN&on=2026-01-01"
partners="/api/v1/partners?actor=CHN&on=2025-01-01"
for path in "$obligations" "$partners" "$dyad"; do
  wrk -t1 -c"$conns" -d"${warmup}s" "$base$path" >/dev/null       # warm-up, not reported
done
run "obligations"       "$obligations"
run "partners"          "$partners"
run "dyad similarity"   "$dyad"
