#!/usr/bin/env bash
# Measures issue #5's sweep goal on this machine: the demo study replayed under 31 tolerances (0.00 to 0.30), end to
# end on the server (one GET /api/studies/demo/replay request, timed by curl on loopback); goal under 200 ms.
# Starts a temporary PostgreSQL cluster (fsync on) and the Release app with the demo.
#   ./ops/benchmarks/replay-sweep.sh [RUNS]     (default 30 requests after 3 warm-ups)
set -euo pipefail
SIB_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
cd "$SIB_ROOT"
source ops/benchmarks/demo-app.sh
runs="${1:-30}"

demo_app_prepare sweep 5097
demo_app_start

jar="$BENCH_DIR/cookies"
curl -sf -c "$jar" -H 'content-type: application/json' -d '{"userName":"lena","password":"sibreview-demo"}' \
    "$SIBREVIEW_URLS/api/session" >/dev/null
tolerances="$(seq -s, -f '%.2f' 0 0.01 0.30)"
sweep="$SIBREVIEW_URLS/api/studies/demo/replay?tolerance=$tolerances"
for _ in 1 2 3; do curl -sf -b "$jar" -o /dev/null "$sweep"; done
times=$(for _ in $(seq 1 "$runs"); do curl -sf -b "$jar" -o /dev/null -w '%{time_total}\n' "$sweep"; done |
    awk '{printf "%.1f\n", $1 * 1000}' | sort -n)
events=$(curl -sf -b "$jar" "$SIBREVIEW_URLS/api/studies/demo/audit" | grep -o '"sequence"' | wc -l)

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "demo study: $events events in its log; sweep over 31 tolerances, $runs requests (ms):"
awk '{a[NR]=$1} END {printf "  min %s  median %s  p95 %s  max %s\n", a[1], a[int((NR+1)/2)], a[int(NR*0.95)], a[NR]}' <<<"$times"
