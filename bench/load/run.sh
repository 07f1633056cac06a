#!/usr/bin/env bash
# Load benchmark of the Graph service (a benchmark, not a test): builds Release, starts the service on the full
# seed, drives it with wrk at 32, 64 and 128 connections on entity lookups, chain pages, search and a Cypher query,
# prints a markdown table (req/s, p50, p99, errors per endpoint × connections) ready to paste into the README, and
# writes it, with how it was made, into docs/load.md between the bench:begin/bench:end markers (the rest is kept).
#
#   bench/load/run.sh                          # 10 s per run, every scenario, writes docs/load.md
#   DURATION=30s bench/load/run.sh             # longer runs (use these for the README, on a quiet machine)
#   SCENARIOS="entity chain" OUT=- bench/load/run.sh   # some scenarios (entity chain search cypher), table to stdout only
#   CACHE=off bench/load/run.sh                # every request runs its Cypher (Graph:ResponseCache=off)
#   CONNECTIONS="64" DOTNET_gcServer=0 OUT=- bench/load/run.sh   # runtime settings pass through to the service
#
# Needs wrk (Debian: apt-get install wrk). The service and wrk share the machine, as the goal assumes. Each scenario
# is warmed up first (rounds of WARMUP, 4 s, until two agree within 10 %: JIT tiers, plan and response caches). Errors count every failed connect,
# read, write, timeout and non-2xx answer.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
port="${PORT:-5090}"
duration="${DURATION:-10s}"
warmup="${WARMUP:-4s}"
threads="${THREADS:-2}"
connections=(${CONNECTIONS:-32 64 128})
selected=(${SCENARIOS:-entity chain search cypher})
cache="${CACHE:-auto}"
out="${OUT:-$root/docs/load.md}"
base="http://127.0.0.1:$port"

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
if curl -fs "$base/health/live" >/dev/null 2>&1; then echo "port $port is taken; set PORT" >&2; exit 1; fi

if [[ "${BUILD:-1}" == 1 ]]; then
  echo "building Release…" >&2
  dotnet build "$root/src/Graph.Api" -c Release -nologo -v quiet >/dev/null
fi

log="$(mktemp)"
data="$(mktemp -d)"
(cd "$root" && exec dotnet "$root/src/Graph.Api/bin/Release/net10.0/Graph.Api.dll" --urls "$base" \
    --Logging:LogLevel:Default=Warning --Graph:ResponseCache="$cache" --Graph:DatabasePath="$data/graph.db") >"$log" 2>&1 &
service=$!
# Only the service this script started is stopped.
trap 'kill "$service" 2>/dev/null || true; wait "$service" 2>/dev/null || true; rm -rf "$data" "$log"' EXIT

for _ in $(seq 1 240); do
  if curl -fs "$base/health/ready" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$service" 2>/dev/null; then echo "service exited:" >&2; cat "$log" >&2; exit 1; fi
  sleep 0.5
done
curl -fs "$base/health/ready" >/dev/null || { echo "service not ready:" >&2; cat "$log" >&2; exit 1; }

# key|name|method|path (POST scenarios send bench/load/cypher.lua's body)
scenarios=(
  "entity|entity lookup|GET|/api/entities/ent-smic"
  "chain|chain page|GET|/api/chains/chain-auto-nev"
  "search|search|GET|/api/search?q=%E6%9D%A8%E6%9F%B3%E9%9D%92"
  "cypher|Cypher query|POST|/api/cypher"
)

scenario_target() { # key|name|method|path → sets url and script, and checks one request answers
  IFS='|' read -r key name method target <<<"$1"
  url="$base$target"
  if [[ "$method" == POST ]]; then
    script="$here/cypher-report.lua"
    local body
    body="$(sed -n "s/^wrk.body = '\(.*\)'$/\1/p" "$here/cypher.lua")"
    curl -fs -o /dev/null -H "Content-Type: application/json" --data-binary "$body" "$url" || { echo "request failed: $name" >&2; exit 1; }
  else
    script="$here/report.lua"
    curl -fs -o /dev/null "$url" || { echo "request failed: $name" >&2; exit 1; }
  fi
}

active=()
for scenario in "${scenarios[@]}"; do
  IFS='|' read -r key _ <<<"$scenario"
  [[ " ${selected[*]} " == *" $key "* ]] && active+=("$scenario")
done

# Warm-up of every scenario before any measurement: the plan and response caches fill on the first request, but the
# JIT needs seconds of load to move the shared hot path (Kestrel, routing, output cache) through its tiers (tier 0,
# instrumented, optimised); on a busy 2-core machine one 2 s warm-up left the first scenario measured at half speed.
# Each scenario runs WARMUP-long rounds until two in a row agree within 10 % (at most 5 rounds).
for scenario in "${active[@]}"; do
  scenario_target "$scenario"
  previous=0
  for round in 1 2 3 4 5; do
    rps="$(wrk -t"$threads" -c64 -d"$warmup" -s "$script" "$url" | sed -n 's/^RESULT rps=\([0-9]*\).*/\1/p')"
    echo "warm-up $name round $round: $rps req/s" >&2
    if (( previous > 0 && rps * 10 >= previous * 9 && rps * 10 <= previous * 11 )); then break; fi
    previous=$rps
  done
done

rows=()
for scenario in "${active[@]}"; do
  scenario_target "$scenario"
  for c in "${connections[@]}"; do
    line="$(wrk -t"$threads" -c"$c" -d"$duration" --latency -s "$script" "$url" | grep '^RESULT')"
    rps="$(sed -n 's/.*rps=\([0-9]*\).*/\1/p' <<<"$line")"
    p50="$(sed -n 's/.*p50=\([0-9.]*\).*/\1/p' <<<"$line")"
    p99="$(sed -n 's/.*p99=\([0-9.]*\).*/\1/p' <<<"$line")"
    errors="$(sed -n 's/.*errors=\([0-9]*\).*/\1/p' <<<"$line")"
    echo "$name c=$c: $rps req/s, p50 $p50 ms, p99 $p99 ms, errors $errors" >&2
    rows+=("| $name | \`$method $target\` | $c | $rps | $p50 | $p99 | $errors |")
  done
done

cores="$(nproc)"
load="$(cut -d' ' -f1-3 /proc/loadavg)"
cpu="$(lscpu 2>/dev/null | sed -n 's/^Model name:[[:space:]]*//p' | head -1)"
gc="$(env | grep -E '^DOTNET_(gc|GC|Tiered)' | tr '\n' ' ' || true)"
table="$(
  echo "| scenario | request | connections | req/s | p50 ms | p99 ms | errors |"
  echo "|---|---|---:|---:|---:|---:|---:|"
  printf '%s\n' "${rows[@]}"
)"

echo
echo "$table"
if [[ "$out" != - ]]; then
  section="$(mktemp)"
  {
    echo "<!-- bench:begin (bench/load/run.sh rewrites this part) -->"
    echo "\`bench/load/run.sh\` on $(date -u +%Y-%m-%d): the service (Release, embedded store, full graph-seed/) and wrk"
    echo "($threads threads, $duration per run) on the same machine: $cores cores${cpu:+, $cpu}; response cache: $cache${gc:+; $gc}."
    echo "Load average at the end of the run: $load (on a shared machine numbers move between runs)."
    echo "Goal: ≥ 10,000 req/s on entity lookups, ≥ 3,000 on chain pages, p99 < 20 ms, zero errors."
    echo
    echo "$table"
    echo "<!-- bench:end -->"
  } >"$section"
  # Only the marked part of an existing file is replaced, so the notes around the table survive a rerun.
  if [[ -f "$out" ]] && grep -q '^<!-- bench:begin' "$out"; then
    awk -v section="$section" '
      /^<!-- bench:begin/ { while ((getline line < section) > 0) print line; skip = 1; next }
      /^<!-- bench:end/ { skip = 0; next }
      !skip { print }' "$out" >"$out.tmp" && mv "$out.tmp" "$out"
  else
    { echo "# Load benchmark"; echo; cat "$section"; } >"$out"
  fi
  rm -f "$section"
  echo "wrote $out" >&2
fi
