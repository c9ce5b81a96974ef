#!/usr/bin/env bash
# Starts SibReview for a newcomer: database, client and server builds, then the app with the
# INDIGO data and the SIB demo study. Ctrl-C stops the app, and the local database if this
# script started it.
#
#   SIBREVIEW_DB     Npgsql connection string of an existing PostgreSQL (default: a local
#                    cluster under .data/postgres on port SIBREVIEW_PG_PORT, default 5433)
#   SIBREVIEW_URLS   where the app listens (default http://127.0.0.1:5080)
set -euo pipefail

SIB_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$SIB_ROOT"
# shellcheck source=ops/lib/common.sh
source "$SIB_ROOT/ops/lib/common.sh"

app_pid=""
db_started=0

cleanup() {
    local status=$?
    trap - EXIT INT TERM
    if [[ -n "$app_pid" ]] && kill -0 "$app_pid" 2>/dev/null; then
        say "stopping SibReview"
        kill -TERM "$app_pid" 2>/dev/null || true
        # The host drains requests and stops background work; give it a generous bound.
        for _ in $(seq 1 60); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.5; done
        kill -KILL "$app_pid" 2>/dev/null || true
        wait "$app_pid" 2>/dev/null || true
    fi
    if [[ "$db_started" -eq 1 ]]; then
        pg_stop_cluster "$SIB_LOCAL_PG_DIR" || true
    fi
    exit "$status"
}
on_signal() {
    # Ctrl-C or TERM is how a user ends the app: a clean stop is a success.
    say "interrupted"
    exit 0
}
trap cleanup EXIT
trap on_signal INT TERM

require_dotnet

if [[ -n "${SIBREVIEW_DB:-}" ]]; then
    say "using the database in SIBREVIEW_DB"
else
    start_local_db
    db_started=$PG_STARTED
    say "database ready: $SIB_LOCAL_DB_NAME on 127.0.0.1:$PG_PORT (data in .data/postgres)"
fi

client_build
# shellcheck disable=SC2119  # no extra build options here
server_build

export SIBREVIEW_URLS="${SIBREVIEW_URLS:-http://127.0.0.1:5080}"
export SIBREVIEW_DEMO=1
unset ASPNETCORE_CONTENTROOT
say "starting SibReview on $SIBREVIEW_URLS (Ctrl-C to stop)"
# In the background so that this shell sees INT/TERM at once and can stop the app and then
# the database in that order. A background child of a script starts with SIGINT ignored, so
# the stop is sent as SIGTERM, which the .NET host treats as a graceful shutdown too.
dotnet "$SIB_SERVER_DLL" --contentRoot "$SIB_SERVER_DIR" &
app_pid=$!
status=0
wait "$app_pid" || status=$?
app_pid=""
if [[ "$status" -ne 0 ]]; then
    say "SibReview exited with status $status"
fi
exit "$status"
