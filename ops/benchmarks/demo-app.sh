# shellcheck shell=bash
# Sourced by benchmarks that need the Release app with the demo: a temporary PostgreSQL cluster with durable settings
# (fsync on, as ./ops/run.sh runs it), the client and server built, a database. Both are removed on exit.
#   demo_app_prepare NAME PORT   sets BENCH_DIR and SIBREVIEW_DB / SIBREVIEW_URLS; builds
#   demo_app_start               starts the app (SIBREVIEW_DEMO=1) and waits until it is healthy
# shellcheck source=ops/lib/common.sh
source "$SIB_ROOT/ops/lib/common.sh"

BENCH_DIR=""
BENCH_APP=""

demo_app_cleanup() {
    [[ -n "$BENCH_APP" ]] && kill "$BENCH_APP" 2>/dev/null && wait "$BENCH_APP" 2>/dev/null
    pg_stop_cluster "$BENCH_DIR/pg" >/dev/null 2>&1 || true
    rm -rf "$BENCH_DIR"
}

demo_app_prepare() {
    BENCH_DIR="$(mktemp -d "/tmp/sibreview-$1.XXXXXX")"
    chmod 0755 "$BENCH_DIR"  # the server runs as the postgres user when we are root
    trap demo_app_cleanup EXIT
    ensure_postgres_installed
    pg_start_cluster "$BENCH_DIR/pg" "$(pg_free_port)" durable >/dev/null
    pg_create_database sibreview >/dev/null
    SIBREVIEW_DB="$(pg_connection_string sibreview)"
    SIBREVIEW_URLS="http://127.0.0.1:$2"
    export SIBREVIEW_DB SIBREVIEW_URLS
    client_build >/dev/null 2>&1
    server_build -v q >/dev/null 2>&1
}

demo_app_start() {
    SIBREVIEW_DEMO=1 dotnet "$SIB_SERVER_DLL" --contentRoot "$SIB_SERVER_DIR" >"$BENCH_DIR/app.log" 2>&1 &
    BENCH_APP=$!
    until curl -sf "$SIBREVIEW_URLS/health" >/dev/null 2>&1; do sleep 0.1; done
}
