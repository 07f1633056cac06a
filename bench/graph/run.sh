#!/usr/bin/env bash
# Adapter for the peer benchmark kit (../shared/bench): run.sh --scale S|M|L [--runs N] [--warmup W]
#   [--queries id,...] [--max-seconds-per-query T] [--durable]
# Builds once in Release (so compilation never lands in load_s), then runs the built program.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
export BENCH_DIR="${BENCH_DIR:-$(cd "$here/../../../shared/bench" 2>/dev/null && pwd || echo "$here")}"
out="$here/out"
if [ ! -f "$out/graph-bench.dll" ] || [ -n "$(find "$here" "$here/../../src" -name '*.cs' -newer "$out/graph-bench.dll" -print -quit)" ]; then
  dotnet build -c Release -o "$out" "$here/Graph.Bench.csproj" -nologo -v quiet >&2
fi
# A 256 MB gen-0 budget for the bulk load: nearly everything it allocates survives, and at scale L the default
# budget made ~40 young collections (each copying and card-scanning) where ~24 do (docs/benchmarks.md, "Load").
# The runtime reads this knob from the environment only (runtimeconfig.json has no public name for it).
export DOTNET_GCgen0size="${DOTNET_GCgen0size:-0x10000000}"
exec dotnet "$out/graph-bench.dll" "$@"
