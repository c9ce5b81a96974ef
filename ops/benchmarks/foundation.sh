#!/usr/bin/env bash
# Measures issue #2's speed goals on this machine and prints the figures:
#   - first import of all 319 INDIGO impact bonds into an empty database      (goal: < 30 s)
#   - server start to a healthy /health on an existing database                (goal: < 5 s)
#   - catalogue filter query (the 74 demo candidates), seen from the client    (goal: < 50 ms at the server)
# Uses a temporary durable PostgreSQL cluster (fsync on, as ./ops/run.sh runs it) and the Release build.
#   ./ops/benchmarks/foundation.sh [RUNS]      (default 5 runs of each)
set -euo pipefail
SIB_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
cd "$SIB_ROOT"
source ops/lib/common.sh
runs="${1:-5}"
port=5095
url="http://127.0.0.1:$port"
dir="$(mktemp -d /tmp/sibreview-bench.XXXXXX)"
app=""
cleanup() {
    [[ -n "$app" ]] && kill "$app" 2>/dev/null && wait "$app" 2>/dev/null
    pg_stop_cluster "$dir" >/dev/null 2>&1 || true
    rm -rf "$dir"
}
trap cleanup EXIT

ms() { echo $(( $(date +%s%N) / 1000000 )); }
stats() { sort -n | awk '{a[NR]=$1} END {printf "min %s  median %s  max %s", a[1], a[int((NR+1)/2)], a[NR]}'; }

ensure_postgres_installed
pg_start_cluster "$dir" "$(pg_free_port)" durable >/dev/null
client_build >/dev/null 2>&1
server_build -v q >/dev/null 2>&1
dll="$SIB_SERVER_DLL"

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "PostgreSQL $("$PG_BINDIR/postgres" --version | awk '{print $3}') (fsync on), .NET $(dotnet --version), Release build"

imports=()
for i in $(seq 1 "$runs"); do
    pg_create_database "import_$i" 2>/dev/null
    start=$(ms)
    SIBREVIEW_DB="$(pg_connection_string "import_$i")" dotnet "$dll" import-indigo \
        --path "$(dirname "$dll")/indigo-data/raw" >/dev/null
    imports+=($(( $(ms) - start )))
done
echo "first import of 319 impact bonds (whole command, ms):  $(printf '%s\n' "${imports[@]}" | stats)"

export SIBREVIEW_DB="$(pg_connection_string import_1)" SIBREVIEW_URLS="$url"
starts=()
for i in $(seq 1 "$runs"); do
    start=$(ms)
    dotnet "$dll" --contentRoot "$SIB_SERVER_DIR" >/dev/null 2>&1 &
    app=$!
    until curl -sf "$url/health" >/dev/null 2>&1; do sleep 0.02; done
    starts+=($(( $(ms) - start )))
    kill "$app"; wait "$app" 2>/dev/null || true; app=""
done
echo "server start to healthy /health (ms):                  $(printf '%s\n' "${starts[@]}" | stats)"

printf 'bench-password\n' | dotnet "$dll" add-account --user bencher --name "Bench" >/dev/null
dotnet "$dll" --contentRoot "$SIB_SERVER_DIR" >/dev/null 2>&1 &
app=$!
until curl -sf "$url/health" >/dev/null 2>&1; do sleep 0.02; done
jar="$dir/cookies"
curl -sf -c "$jar" -H 'content-type: application/json' -d '{"userName":"bencher","password":"bench-password"}' "$url/api/session" >/dev/null
query="$url/api/cases?country=GB&liveFrom=2015&liveTo=2020"
for _ in $(seq 1 20); do curl -sf -b "$jar" -o /dev/null "$query"; done
times=$(for _ in $(seq 1 200); do curl -sf -b "$jar" -o /dev/null -w '%{time_total}\n' "$query"; done |
    awk '{printf "%.1f\n", $1 * 1000}')
echo "catalogue filter, 74 candidates, 200 requests (ms):    $(stats <<<"$times")  p95 $(sort -n <<<"$times" | awk '{a[NR]=$1} END {print a[int(NR*0.95)]}')"
