#!/usr/bin/env bash
# Measures issue #4's live goal on this machine: a coder records a screening decision and another open browser
# (the lead's, watching the study over SignalR) holds the refetched flow view; goal under 300 ms.
# Starts a temporary PostgreSQL cluster (fsync on) and the Release app with the demo, then runs live/LiveBench.
#   ./ops/benchmarks/screening-live.sh [CASES]     (default 40 decisions)
set -euo pipefail
SIB_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
cd "$SIB_ROOT"
source ops/lib/common.sh
cases="${1:-40}"
port=5096
dir="$(mktemp -d /tmp/sibreview-live.XXXXXX)"
chmod 0755 "$dir"  # the server runs as the postgres user when we are root
app=""
cleanup() {
    [[ -n "$app" ]] && kill "$app" 2>/dev/null && wait "$app" 2>/dev/null
    pg_stop_cluster "$dir" >/dev/null 2>&1 || true
    rm -rf "$dir"
}
trap cleanup EXIT

ensure_postgres_installed
pg_start_cluster "$dir/pg" "$(pg_free_port)" durable >/dev/null
pg_create_database sibreview >/dev/null
export SIBREVIEW_DB="$(pg_connection_string sibreview)" SIBREVIEW_URLS="http://127.0.0.1:$port"
client_build >/dev/null 2>&1
server_build -v q >/dev/null 2>&1
dotnet build ops/benchmarks/live/LiveBench.csproj -c Release -o "$dir/bench" --nologo -v q >/dev/null 2>&1

printf 'bench-passphrase\n' | dotnet "$SIB_SERVER_DLL" add-account --user benchcoder --name "Bench Coder" >/dev/null
SIBREVIEW_DEMO=1 dotnet "$SIB_SERVER_DLL" --contentRoot "$SIB_SERVER_DIR" >"$dir/app.log" 2>&1 &
app=$!
until curl -sf "$SIBREVIEW_URLS/health" >/dev/null 2>&1; do sleep 0.1; done

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet "$dir/bench/LiveBench.dll" "$SIBREVIEW_URLS" benchcoder bench-passphrase "$cases"
