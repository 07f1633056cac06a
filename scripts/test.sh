#!/usr/bin/env bash
# Runs every test of the project on a fresh machine: restore, build, the seed validator,
# every test project, and the front-end and third-party client checks where present.
# Prints one closing line: "Tests: N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
mkdir -p artifacts/test-results

if [ -f src/Graph.Api/ClientApp/package.json ] || [ -f web/package.json ]; then
  # The explorer's browser tests need Debian's Chromium (Playwright cannot download its own here).
  if ! command -v chromium >/dev/null 2>&1; then
    (apt-get update -qq && apt-get install -y -qq chromium >/dev/null) || echo "warning: could not install chromium"
  fi
fi

dotnet restore Graph.sln
dotnet build Graph.sln --no-restore -c Release

if [ -d graph-seed/nodes ]; then
  echo "== validating graph-seed"
  dotnet run --no-build -c Release --project src/Graph.Cli -- validate graph-seed
fi

passed=0; failed=0; skipped=0; status=0
for proj in tests/*/*.Tests.csproj; do
  name=$(basename "$proj" .csproj)
  log="artifacts/test-results/$name.log"
  echo "== $name"
  if dotnet test "$proj" --no-build -c Release --logger "console;verbosity=normal" >"$log" 2>&1; then :; else status=1; fi
  # Show failures and skips with their reasons; the full log stays in artifacts/.
  grep -A1 -E "^\s+(Failed|Skipped) |\[SKIP\]|\[FAIL\]" "$log" | head -50 || true
  line=$(grep -E "(Passed|Failed)!\s+-\s+Failed:" "$log" | tail -1 || true)
  echo "${line:-no summary line; see $log}"
  if [[ $line =~ Failed:\ +([0-9]+),\ +Passed:\ +([0-9]+),\ +Skipped:\ +([0-9]+) ]]; then
    failed=$((failed + BASH_REMATCH[1])); passed=$((passed + BASH_REMATCH[2])); skipped=$((skipped + BASH_REMATCH[3]))
  elif ! grep -q "No test is available" "$log"; then
    status=1; tail -30 "$log"
  fi
done

for script in tests/*/run-node-tests.sh; do
  [ -f "$script" ] || continue
  echo "== $script"
  if bash "$script"; then passed=$((passed + 1)); else failed=$((failed + 1)); status=1; fi
done

echo "Tests: $passed passed, $failed failed, $skipped skipped"
exit $status
