#!/usr/bin/env bash
# Measures issue #7's live goal on this machine: coders acting in reconciliation rooms, from an action's acceptance to
# every other participant of the room receiving it over real WebSockets; with loss, duplicates, CPU and, from the same
# run, one PostgreSQL insert-and-commit's latency. Starts a temporary PostgreSQL cluster (fsync on) and the Release app.
#   ./ops/benchmarks/rooms.sh [SECONDS]     (default 20 s per scenario: 30/10 every 2 s, 100/20 and 200/40 every 500 ms)
set -euo pipefail
SIB_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
cd "$SIB_ROOT"
source ops/benchmarks/demo-app.sh
seconds="${1:-20}"
scenarios=(30/10/2000 100/20/500 200/40/500)

demo_app_prepare rooms 5097
dotnet build ops/benchmarks/rooms/RoomsBench.csproj -c Release -o "$BENCH_DIR/bench" --nologo -v q >/dev/null 2>&1

printf 'bench-passphrase\n' | dotnet "$SIB_SERVER_DLL" add-account --user rb001 --name "Bench Coder 1" >/dev/null
# Every other bench account is a copy of the first (same password hash), made in one statement instead of 329 starts.
pg_psql -d sibreview -c "insert into sibreview.mt_doc_account (id, data, mt_last_modified, mt_version, mt_dotnet_type)
    select n, a.data || jsonb_build_object('Id', n, 'UserName', n, 'DisplayName', 'Bench Coder ' || i), a.mt_last_modified,
           gen_random_uuid(), a.mt_dotnet_type
    from sibreview.mt_doc_account a, generate_series(2, 330) i, lateral (select 'rb' || lpad(i::text, 3, '0') as n) x
    where a.id = 'rb001'"
demo_app_start

echo "load before the run: $(cut -d' ' -f1-3 /proc/loadavg); PostgreSQL $(pg_psql -d postgres -tAc 'show server_version')"
dotnet "$BENCH_DIR/bench/RoomsBench.dll" "$SIBREVIEW_URLS" "$SIBREVIEW_DB" "$BENCH_APP" "$seconds" "${scenarios[@]}"
