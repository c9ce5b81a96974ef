#!/usr/bin/env bash
# Runs every test: client (vitest), then all .NET tests (unit, integration against a
# throwaway PostgreSQL, browser journeys in Chromium). Exits non-zero on any failure.
# Extra arguments go to `dotnet test` (e.g. --filter "FullyQualifiedName~Agreement").
#
#   SIBREVIEW_TEST_DB    use this server (a user that may CREATE DATABASE) instead of starting
#                        a throwaway cluster
#   SIBREVIEW_CHROMIUM   Chromium for the browser journeys (default /usr/bin/chromium)
set -euo pipefail

SIB_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$SIB_ROOT"
# shellcheck source=ops/lib/common.sh
source "$SIB_ROOT/ops/lib/common.sh"

test_pg_dir=""
started=$SECONDS

cleanup() {
    local status=$?
    trap - EXIT INT TERM
    if [[ -n "$test_pg_dir" ]]; then
        pg_stop_cluster "$test_pg_dir" || true
        rm -rf "$test_pg_dir"
    fi
    if [[ -n "${CI:-}" ]]; then
        # Compiler and MSBuild servers outlive the build; a CI job should not leave them behind.
        dotnet build-server shutdown >/dev/null 2>&1 || true
    fi
    if [[ "$status" -eq 0 ]]; then
        say "all tests passed ($((SECONDS - started)) s)"
    else
        say "TESTS FAILED (exit status $status, $((SECONDS - started)) s)"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

require_dotnet

if [[ -n "${SIBREVIEW_TEST_DB:-}" ]]; then
    say "using the test database server in SIBREVIEW_TEST_DB"
else
    ensure_postgres_installed
    test_pg_dir="$(mktemp -d /tmp/sibreview-test-pg.XXXXXX)"
    # Ports are picked at random; retry if another process grabs one first.
    for attempt in 1 2 3; do
        port="$(pg_free_port)" || die "no free TCP port found for the test database"
        if pg_start_cluster "$test_pg_dir" "$port" throwaway; then
            break
        fi
        [[ "$attempt" -lt 3 ]] || die "could not start the test database"
        say "retrying on another port"
    done
    SIBREVIEW_TEST_DB="$(pg_connection_string postgres)"
    export SIBREVIEW_TEST_DB
    say "test database server: 127.0.0.1:$PG_PORT (throwaway, in $test_pg_dir)"
fi

if [[ -z "${SIBREVIEW_CHROMIUM:-}" ]]; then
    if [[ -x /usr/bin/chromium ]]; then
        export SIBREVIEW_CHROMIUM=/usr/bin/chromium
    else
        printf 'warning: /usr/bin/chromium not found; browser journeys cannot run (apt-get install chromium)\n' >&2
    fi
fi

say "checking generated code (ops/codegen.sh --check)"
"$SIB_ROOT/ops/codegen.sh" --check

client_test
client_build

say "running .NET tests (dotnet test SibReview.sln)"
# -tl:off: on a terminal the SDK's live view would hide the per-test lines and the summary.
results="$(mktemp)"
status=0
dotnet test "$SIB_ROOT/SibReview.sln" --nologo -tl:off --logger "console;verbosity=normal" \
    --blame-hang-timeout 10m --blame-hang-dump-type none "$@" | tee "$results" || status=$?
# One closing line over every test project, in the plain form any reader of the log understands.
awk '/^ +Passed: +[0-9]+$/ {p += $2} /^ +Failed: +[0-9]+$/ {f += $2} END {printf "%d passed, %d failed\n", p, f}' "$results"
# A long log is often read from its end: repeat each failure there, name and message.
awk '/^ +Failed [A-Za-z]/ {show = 1; n = 0; print "FAILED:" substr($0, index($0, "Failed") + 6)}
     /^ +Stack Trace:/ {show = 0}
     show && !/^ +Failed [A-Za-z]/ && n++ < 25 {print}' "$results"
rm -f "$results"
exit "$status"
