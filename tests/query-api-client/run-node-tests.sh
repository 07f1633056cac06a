#!/usr/bin/env bash
# Runs Neo4j's labs Query API client (npm @neo4j-labs/experimental-query-api-wrapper) against the service on the
# embedded store: builds the service (Release), starts it on a free loopback port with graph-seed/tiny and a
# throw-away API key and database, waits for /health/ready, runs `node --test`, stops the service.
# Exits non-zero when anything fails; prints node's test summary (and the service log on failure).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build "$root/src/Graph.Api/Graph.Api.csproj" -c Release -v quiet -nologo
bin="$root/src/Graph.Api/bin/Release/net10.0"

work="$(mktemp -d)"
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
url="http://127.0.0.1:$port"
key="node-client-$(date +%s)-$RANDOM"
pid=""

stop() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap stop EXIT

# From its own folder, as when published, so its appsettings.json applies; the rest comes from the environment.
(
  cd "$bin"
  Graph__SeedPath="$root/graph-seed/tiny" Graph__ApiKey="$key" Graph__DatabasePath="$work/graph.db" \
    exec dotnet Graph.Api.dll --urls "$url"
) >"$work/service.log" 2>&1 &
pid=$!

echo "service: $url (pid $pid), waiting for /health/ready"
ready=""
for _ in $(seq 1 240); do
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "the service exited before it was ready:"; cat "$work/service.log"; exit 1
  fi
  if curl -fsS "$url/health/ready" >/dev/null 2>&1; then ready=1; break; fi
  sleep 0.5
done
if [ -z "$ready" ]; then
  echo "the service was not ready within 120 s:"; curl -sS "$url/health/ready" || true; echo; cat "$work/service.log"; exit 1
fi

cd "$here"
npm ci --no-audit --no-fund --loglevel=error
status=0
GRAPH_URL="$url" GRAPH_API_KEY="$key" node --import ./register.mjs --test --test-reporter=spec query-api-client.test.mjs || status=$?
if [ "$status" -ne 0 ]; then
  echo "== service log"; tail -50 "$work/service.log"
fi
exit "$status"
