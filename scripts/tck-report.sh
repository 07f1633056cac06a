#!/usr/bin/env bash
# Runs the openCypher TCK against the embedded engine and prints the per-folder summary.
#   scripts/tck-report.sh             run all scenarios, print artifacts/tck/summary.md
#   scripts/tck-report.sh --update    also rewrite tests/Graph.Tck.Tests/passing-scenarios.txt from the run
#   scripts/tck-report.sh Match4      only scenarios whose id contains "Match4" (summary covers those only)
# The TCK is found at ../shared/tck (or set GRAPH_TCK_DIR). See docs/tck.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
filter=()
if [ "${1:-}" = "--update" ]; then export GRAPH_TCK_UPDATE_ALLOWLIST=1; shift; fi
if [ -n "${1:-}" ]; then filter=(--filter "DisplayName~$1"); fi
mkdir -p artifacts
dotnet build tests/Graph.Tck.Tests -c Release -v quiet -nologo >/dev/null
status=0
dotnet test tests/Graph.Tck.Tests --no-build -c Release "${filter[@]}" --logger "console;verbosity=quiet" >artifacts/tck-test.log 2>&1 || status=$?
grep -E "^\s+Failed |regression|Passed!|Failed!" artifacts/tck-test.log | head -40 || true
cat artifacts/tck/summary.md
exit $status
