#!/usr/bin/env bash
# The hostile requests of issue 12, against the real service (Release, embedded store, full graph-seed/, statement
# limit 2 s), one after another, and what came back: status and Neo4j code, how long the answer took, the service's
# resident memory. Prints a markdown table for docs/reliability.md. Not a test (the suite has one test per attack);
# a record of what a hostile user meets, rerun after changes. Run on a quiet machine: the times are wall-clock.
#
#   scripts/attack.sh              # every attack
#   BUILD=0 scripts/attack.sh      # skip the Release build
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
port="${PORT:-5091}"
base="http://127.0.0.1:$port"
key="attack-key-0123456789"
# The Query API takes the key as a Bearer token (or as the Basic password), the domain endpoints as X-Api-Key.
bearer="Authorization: Bearer $key"
dll="$root/src/Graph.Api/bin/Release/net10.0/Graph.Api.dll"
cli="$root/src/Graph.Cli/bin/Release/net10.0/graph.dll"
work="$(mktemp -d)"
pid=""
trap 'stop; rm -rf "$work"' EXIT

if [[ "${BUILD:-1}" == 1 ]]; then
  echo "building Release…" >&2
  dotnet build "$root/Graph.sln" -c Release -nologo -v quiet >/dev/null
fi

stop() { if [[ -n "$pid" ]]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; pid=""; fi; }

# start DB_PATH: starts the service on that file; sets pid; returns 0 once ready, 1 if it exited or never got ready.
start() {
  stop
  (cd "$work" && exec dotnet "$dll" --urls "$base" --Logging:LogLevel:Default=Warning --Graph:ApiKey="$key" \
      --Graph:Cypher:Timeout=00:00:02 --Graph:DatabasePath="$1" --Graph:SeedPath="$root/graph-seed") >"$work/service.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 240); do
    if curl -fs -o /dev/null "$base/health/ready"; then return 0; fi
    if ! kill -0 "$pid" 2>/dev/null; then return 1; fi
    sleep 0.5
  done
  return 1
}

mib() { awk -v f="$1:" '$1 == f { printf "%d", $2 / 1024 }' "/proc/$pid/status" 2>/dev/null || echo "?"; }
alive() { if kill -0 "$pid" 2>/dev/null && curl -fs -o /dev/null --max-time 5 "$base/health/live"; then echo "alive"; else echo "**dead**"; fi; }

rows=()
# row ATTACK ANSWER SIZE TIME: records the service's memory and liveness after the attack; a dead service is started
# again so the later attacks still run.
row() {
  local state; state="$(alive)"
  rows+=("| $1 | $2 | $3 | $4 | $(mib VmRSS) MiB | $state |"); echo "$1: $2 · $3 · $4 · $state" >&2
  if [[ "$state" != alive ]]; then start "$work/graph.db" || true; fi
}
# file_row ATTACK OUTCOME: an attack on the files, where no service runs afterwards.
file_row() { rows+=("| $1 | $2 | - | - | - | - |"); echo "$1: $2" >&2; }

# cypher PATH BODY [CURL ARGS…]: prints "status code bytes seconds"
cypher() {
  local path="$1" body="$2"; shift 2
  curl -s -o "$work/body" -w '%{http_code} %{size_download} %{time_total}\n' -H 'Content-Type: application/json' "$@" \
      --data-binary "$body" "$base$path" >"$work/meta" || echo "000 0 0" >"$work/meta"
  local code; code="$(grep -o 'Neo\.[A-Za-z]*\.[A-Za-z]*\.[A-Za-z]*' "$work/body" | head -1 || true)"
  read -r status bytes seconds <"$work/meta"
  echo "$status ${code:--} $bytes $seconds"
}
statement() { jq -cn --arg s "$1" '{statement: $s}'; }
attack() { # NAME PATH STATEMENT
  read -r status code bytes seconds < <(cypher "$2" "$(statement "$3")")
  row "$1" "$status \`$code\`" "$(numfmt --to=iec "$bytes")B" "${seconds}s"
}

start "$work/graph.db" || { echo "service did not start:" >&2; cat "$work/service.log" >&2; exit 1; }

deep='RETURN reduce(a = [], i IN range(1, 30000) | [a]) AS x'
attack "30,000-deep list (console)" /api/cypher "$deep"
attack "30,000-deep list (Query API)" /db/neo4j/query/v2 "$deep"
attack "string built 200,000 times" /api/cypher 'RETURN size(reduce(s = "", i IN range(1, 200000) | s + "xxxxxxxxxx")) AS n'
attack "range(1, 10⁹)" /api/cypher 'RETURN range(1, 1000000000)'
attack "string doubled 26 times, 100 rows" /api/cypher 'WITH reduce(s = "x", i IN range(1, 26) | s + s) AS s UNWIND range(1, 100) AS i RETURN s'
attack "10,000 rows of 3,000 integers" /api/cypher 'UNWIND range(1, 10000) AS i RETURN range(1, 3000)'

# A client that gives up: the statement must stop, not run on. CPU seconds the service spends in the 3 s after.
curl -s -o /dev/null --max-time 0.5 -H 'Content-Type: application/json' \
  --data-binary "$(statement 'MATCH (a), (b), (c) RETURN count(*)')" "$base/api/cypher" || true
ticks() { awk '{ print $14 + $15 }' "/proc/$pid/stat"; }
t0="$(ticks)"; sleep 3; t1="$(ticks)"
row "client gone after 0.5 s (3-way cartesian)" "-" "-" "$(( (t1 - t0) / $(getconf CLK_TCK) )) CPU s in the 3 s after"

# 50 statements that each run to the 2 s limit, at once; meanwhile /health/live and a cached page are timed.
curl -fs -o /dev/null "$base/api/chains/chain-auto-nev"
for i in $(seq 1 50); do
  ( curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H 'Content-Type: application/json' \
      --data-binary "$(statement "MATCH (a), (b), (c) WHERE a.name <> toString($i) RETURN count(*)")" "$base/api/cypher" >>"$work/slow" ) &
done
sleep 0.5
live="$(curl -s -o /dev/null -w '%{time_total}' --max-time 60 "$base/health/live")"
page="$(curl -s -o /dev/null -w '%{time_total}' --max-time 60 "$base/api/chains/chain-auto-nev")"
wait $(jobs -p | grep -v "^$pid$") 2>/dev/null || true
slowest="$(sort -k2 -n "$work/slow" | tail -1 | cut -d' ' -f2)"
statuses="$(cut -d' ' -f1 "$work/slow" | sort | uniq -c | awk '{ printf "%s×%s ", $2, $1 }')"
row "50 slow statements at once" "$statuses" "-" "slowest ${slowest}s; /health/live ${live}s, cached page ${page}s"

# An explicit transaction: a long statement in it, and a commit sent while it runs.
tx="$(curl -s -H 'Content-Type: application/json' -H "$bearer" --data-binary '{}' "$base/db/neo4j/query/v2/tx" | jq -r .transaction.id)"
( cypher "/db/neo4j/query/v2/tx/$tx" "$(statement 'MATCH (a), (b), (c) RETURN count(*)')" -H "$bearer" >/dev/null ) &
sleep 0.3
read -r status code _ seconds < <(cypher "/db/neo4j/query/v2/tx/$tx/commit" '{}' -H "$bearer")
wait $! 2>/dev/null || true
row "commit while its statement runs" "$status \`$code\`" "-" "${seconds}s"

# A write transaction held open; 20 more opened at once must each get an answer in bounded time.
held="$(curl -s -H 'Content-Type: application/json' -H "$bearer" --data-binary "$(statement 'CREATE (:AttackHeld)')" "$base/db/neo4j/query/v2/tx" | jq -r .transaction.id)"
rm -f "$work/opens"
for i in $(seq 1 20); do
  ( curl -s -o /dev/null -w '%{http_code} %{time_total}\n' --max-time 120 -H 'Content-Type: application/json' -H "$bearer" \
      --data-binary "$(statement 'CREATE (:AttackProbe)')" "$base/db/neo4j/query/v2/tx" >>"$work/opens" ) &
done
wait $(jobs -p | grep -v "^$pid$") 2>/dev/null || true
slowest="$(sort -k2 -n "$work/opens" | tail -1 | cut -d' ' -f2)"
statuses="$(cut -d' ' -f1 "$work/opens" | sort | uniq -c | awk '{ printf "%s×%s ", $2, $1 }')"
row "20 write transactions opened behind a held one" "$statuses" "-" "slowest ${slowest}s"

# Someone without the key writes into, and commits, the key holder's transaction.
read -r status code _ seconds < <(cypher "/db/neo4j/query/v2/tx/$held" "$(statement 'CREATE (:Intruder)')")
row "anonymous write into a key holder's transaction" "$status \`$code\`" "-" "${seconds}s"
read -r status code _ seconds < <(cypher "/db/neo4j/query/v2/tx/$held/commit" '{}')
row "anonymous commit of a key holder's transaction" "$status \`$code\`" "-" "${seconds}s"
curl -s -o /dev/null -X DELETE -H "$bearer" "$base/db/neo4j/query/v2/tx/$held" || true

peak="$(mib VmHWM)"
sleep 5
after="$(mib VmRSS)"
stop

# Damaged files: the service must refuse them, not serve them or start afresh.
damaged() { # NAME FILE
  if start "$2"; then
    file_row "$1" "**served** (/health/ready 200)"
  else
    file_row "$1" "refused: $(grep -m1 -oE "The database '[^']*' is [^.]*" "$work/service.log" | sed "s|'[^']*/|'|" || echo 'exited')"
  fi
  stop
}
: >"$work/empty.db"
damaged "zero-length database file" "$work/empty.db"
cp "$work/graph.db" "$work/flipped.db"
# Flip one bit in the middle of the file (a data page).
size="$(stat -c %s "$work/flipped.db")"
printf "$(printf '\\x%02x' $(( $(od -An -tu1 -j $((size / 2)) -N1 "$work/flipped.db") ^ 4 )))" \
  | dd of="$work/flipped.db" bs=1 seek=$((size / 2)) conv=notrunc status=none
damaged "one flipped bit" "$work/flipped.db"

# The bulk import, twice into one file.
first="$(dotnet "$cli" import --db "$work/import.db" "$root/graph-seed" >/dev/null 2>&1; echo $?)"
second="$(dotnet "$cli" import --db "$work/import.db" "$root/graph-seed" 2>&1 >/dev/null | head -1; echo "exit ${PIPESTATUS[0]}")"
pid=""
file_row "graph import twice into one file" "first exit $first; second: ${second//$'\n'/ }"

echo
echo "| attack | answer | size | time | resident after | service |"
echo "|---|---|---:|---|---:|---|"
printf '%s\n' "${rows[@]}"
echo
echo "Peak resident memory of the service under attack: $peak MiB; 5 s after the last attack: $after MiB."
