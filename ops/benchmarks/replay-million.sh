#!/usr/bin/env bash
# Measures issue #5's replay goal on this machine: a synthetic study of EVENTS events (2,000 cases, 20 coders) replayed
# for one tolerance, beside PostgreSQL's own raw read of the same events (COPY ... ORDER BY seq_id TO STDOUT) timed in the
# same run; goal: replay at least half the raw read's speed, memory bounded (the GC heap and peak working set printed
# at each size should not grow with the event count).
# Starts a temporary PostgreSQL cluster with durable settings (fsync on, as ./ops/run.sh runs it) for generation and
# measurement alike; one fresh database per size. Builds replay-million/ReplayMillion (Release) into a temporary folder.
#   ./ops/benchmarks/replay-million.sh [EVENTS...] [--runs N]   (default sizes 250000 1000000, 3 timed runs each)
set -euo pipefail
SIB_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
cd "$SIB_ROOT"
# shellcheck source=ops/lib/common.sh
source ops/lib/common.sh
runs=3
sizes=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --runs) runs="$2"; shift 2 ;;
        *) [[ "$1" =~ ^[0-9]+$ ]] || die "EVENTS must be a number, got '$1'"; sizes+=("$1"); shift ;;
    esac
done
[[ ${#sizes[@]} -gt 0 ]] || sizes=(250000 1000000)
bench=ops/benchmarks/replay-million

dir="$(mktemp -d /tmp/sibreview-replay-million.XXXXXX)"
chmod 0755 "$dir"  # the server runs as the postgres user when we are root
cleanup() {
    pg_stop_cluster "$dir/pg" >/dev/null 2>&1 || true
    rm -rf "$dir"
}
trap cleanup EXIT

require_dotnet
ensure_postgres_installed
say "building $bench (Release)"
dotnet build "$bench/ReplayMillion.csproj" -c Release --artifacts-path "$dir/artifacts" -nologo -v q >"$dir/build.log" 2>&1 ||
    { cat "$dir/build.log" >&2; die "build failed"; }
dll="$dir/artifacts/bin/ReplayMillion/release/ReplayMillion.dll"
pg_start_cluster "$dir/pg" "$(pg_free_port)" durable >/dev/null

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(. /etc/os-release && echo "$PRETTY_NAME"); $("$PG_BINDIR/postgres" --version); .NET SDK $(dotnet --version); $(date -u +%F)"
echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
for events in "${sizes[@]}"; do
    db="replay_$events"
    pg_create_database "$db" 2>/dev/null
    cs="$(pg_connection_string "$db")"
    echo
    dotnet "$dll" generate "$cs" "$events"
    pg_psql -d "$db" -c "VACUUM ANALYZE" >/dev/null  # as autovacuum would soon after a bulk load
    dotnet "$dll" measure "$cs" "$runs"
done
