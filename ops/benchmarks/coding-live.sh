#!/usr/bin/env bash
# Measures issue #6's live goal on this machine: a coder applies a theme to a segment and their second open browser
# (its own sign-in, watching the study over SignalR) holds the refetched view with the new coding; goal under 200 ms.
# Starts a temporary PostgreSQL cluster (fsync on) and the Release app with the demo, then runs coding-live/CodingLiveBench.
#   ./ops/benchmarks/coding-live.sh [CODINGS]     (default 40 codings)
set -euo pipefail
SIB_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
cd "$SIB_ROOT"
source ops/benchmarks/demo-app.sh
codings="${1:-40}"

demo_app_prepare coding-live 5097
dotnet build ops/benchmarks/coding-live/CodingLiveBench.csproj -c Release -o "$BENCH_DIR/bench" --nologo -v q >/dev/null 2>&1
demo_app_start

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet "$BENCH_DIR/bench/CodingLiveBench.dll" "$SIBREVIEW_URLS" amir sibreview-demo "$codings"
