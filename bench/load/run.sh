#!/usr/bin/env bash
# Load benchmark of the Graph service (a benchmark, not a test): builds Release, starts the service on the full
# seed, drives it with wrk at 32, 64 and 128 connections on entity lookups, chain pages, search and a Cypher query,
# and writes the table to docs/load.md.
#
#   bench/load/run.sh                 # 10 s per run
#   DURATION=30s bench/load/run.sh    # longer runs
#   CACHE=off bench/load/run.sh       # every request runs its Cypher (Graph:ResponseCache=off)
#
# Needs wrk (Debian: apt-get install wrk). The service and wrk share the machine, as the goal assumes.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
port="${PORT:-5090}"
duration="${DURATION:-10s}"
threads="${THREADS:-2}"
connections=(${CONNECTIONS:-32 64 128})
cache="${CACHE:-auto}"
out="${OUT:-$root/docs/load.md}"
base="http://127.0.0.1:$port"

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }

echo "building Release…"
dotnet build "$root/src/Graph.Api" -c Release -nologo -v quiet >/dev/null

log="$(mktemp)"
(cd "$root" && exec dotnet "$root/src/Graph.Api/bin/Release/net10.0/Graph.Api.dll" --urls "$base" \
    --Logging:LogLevel:Default=Warning --Graph:ResponseCache="$cache" --Graph:DatabasePath="$(mktemp -d)/graph.db") >"$log" 2>&1 &
service=$!
trap 'kill "$service" 2>/dev/null || true; wait "$service" 2>/dev/null || true' EXIT

for _ in $(seq 1 120); do
  if curl -fs "$base/health/ready" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$service" 2>/dev/null; then echo "service exited:" >&2; cat "$log" >&2; exit 1; fi
  sleep 0.5
done
curl -fs "$base/health/ready" >/dev/null || { echo "service not ready:" >&2; cat "$log" >&2; exit 1; }

# name|method|path-or-script
scenarios=(
  "entity lookup|GET|/api/entities/ent-smic"
  "chain page|GET|/api/chains/chain-auto-nev"
  "search|GET|/api/search?q=%E6%9D%A8%E6%9F%B3%E9%9D%92"
  "Cypher query|POST|cypher"
)

rows=()
for scenario in "${scenarios[@]}"; do
  IFS='|' read -r name method target <<<"$scenario"
  if [[ "$method" == POST ]]; then url="$base/api/cypher"; script="$here/cypher-report.lua"; else url="$base$target"; script="$here/report.lua"; fi
  if [[ "$method" == POST ]]; then
    body="$(sed -n "s/^wrk.body = '\(.*\)'$/\1/p" "$here/cypher.lua")"
    curl -fs -o /dev/null -H "Content-Type: application/json" --data-binary "$body" "$url" || { echo "request failed: $name" >&2; exit 1; }
  else
    curl -fs -o /dev/null "$url" || { echo "request failed: $name" >&2; exit 1; }
  fi
  wrk -t"$threads" -c32 -d2s -s "$script" "$url" >/dev/null   # warm-up: JIT, plan cache
  for c in "${connections[@]}"; do
    line="$(wrk -t"$threads" -c"$c" -d"$duration" --latency -s "$script" "$url" | grep '^RESULT')"
    rps="$(sed -n 's/.*rps=\([0-9]*\).*/\1/p' <<<"$line")"
    p50="$(sed -n 's/.*p50=\([0-9.]*\).*/\1/p' <<<"$line")"
    p99="$(sed -n 's/.*p99=\([0-9.]*\).*/\1/p' <<<"$line")"
    errors="$(sed -n 's/.*errors=\([0-9]*\).*/\1/p' <<<"$line")"
    echo "$name c=$c: $rps req/s, p50 $p50 ms, p99 $p99 ms, errors $errors"
    rows+=("| $name | \`$method ${target/cypher//api/cypher}\` | $c | $rps | $p50 | $p99 | $errors |")
  done
done

cores="$(nproc)"
load="$(cut -d' ' -f1-3 /proc/loadavg)"
cpu="$(lscpu 2>/dev/null | sed -n 's/^Model name:[[:space:]]*//p' | head -1)"
{
  echo "# Load benchmark"
  echo
  echo "\`bench/load/run.sh\` on $(date -u +%Y-%m-%d): the service (Release, embedded store, full graph-seed/) and wrk"
  echo "($threads threads, $duration per run) on the same machine: $cores cores${cpu:+, $cpu}; response cache: $cache."
  echo "Load average at the end of the run: $load (the machine is shared with other work, so numbers move between runs)."
  echo "Goal: ≥ 10,000 req/s on entity lookups, ≥ 3,000 on chain pages, p99 < 20 ms, zero errors."
  echo
  echo "| scenario | request | connections | req/s | p50 ms | p99 ms | errors |"
  echo "|---|---|---:|---:|---:|---:|---:|"
  printf '%s\n' "${rows[@]}"
} >"$out"
echo "wrote $out"
