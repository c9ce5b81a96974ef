#!/usr/bin/env bash
# Measures issue #4's live goal on this machine: a coder records a screening decision and another open browser
# (the lead's, watching the study over SignalR) holds the refetched flow view; goal under 300 ms.
# Starts a temporary PostgreSQL cluster (fsync on) and the Release app with the demo, then runs live/LiveBench.
#   ./ops/benchmarks/screening-live.sh [CASES]     (default 40 decisions)
set -euo pipefail
SIB_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
cd "$SIB_ROOT"
source ops/benchmarks/demo-app.sh
cases="${1:-40}"

demo_app_prepare live 5096
dotnet build ops/benchmarks/live/LiveBench.csproj -c Release -o "$BENCH_DIR/bench" --nologo -v q >/dev/null 2>&1

printf 'bench-passphrase\n' | dotnet "$SIB_SERVER_DLL" add-account --user benchcoder --name "Bench Coder" >/dev/null
demo_app_start

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet "$BENCH_DIR/bench/LiveBench.dll" "$SIBREVIEW_URLS" benchcoder bench-passphrase "$cases"
