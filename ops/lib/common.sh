# shellcheck shell=bash disable=SC2034  # SIB_* variables are read by the sourcing scripts
# Shared by ops/run.sh, ops/test.sh and ops/sibreview. Sourced after SIB_ROOT (the checkout's
# absolute path) is set. Progress goes to stderr so that verbs can keep stdout for their output.

# shellcheck source=ops/lib/postgres.sh
source "$SIB_ROOT/ops/lib/postgres.sh"

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

SIB_SERVER_DIR="$SIB_ROOT/src/SibReview"
SIB_SERVER_PROJECT="$SIB_SERVER_DIR/SibReview.csproj"
SIB_SERVER_DLL="$SIB_SERVER_DIR/bin/Release/net10.0/SibReview.dll"
SIB_CLIENT_DIR="$SIB_ROOT/client"
# The local durable cluster: data kept between runs under .data/ in the checkout. 5433 stays
# clear of a system PostgreSQL on the default 5432.
SIB_LOCAL_PG_DIR="$SIB_ROOT/.data/postgres"
SIB_LOCAL_PG_PORT="${SIBREVIEW_PG_PORT:-5433}"
SIB_LOCAL_DB_NAME=sibreview

say() { printf '==> %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

require_dotnet() {
    command -v dotnet >/dev/null 2>&1 || die "dotnet not found: install the .NET 10 SDK (see global.json)"
}

# Starts (or reuses) the local durable cluster, creates the app database, exports SIBREVIEW_DB.
# PG_STARTED tells the caller whether to stop it afterwards.
start_local_db() {
    ensure_postgres_installed || exit 1
    if [[ ! -d "$SIB_ROOT/.data" ]]; then
        mkdir -p "$SIB_ROOT/.data"
        # The server runs as `postgres` when we are root: it must be able to pass through.
        chmod 0755 "$SIB_ROOT/.data"
    fi
    pg_start_cluster "$SIB_LOCAL_PG_DIR" "$SIB_LOCAL_PG_PORT" durable ||
        die "the local PostgreSQL did not start (port $SIB_LOCAL_PG_PORT taken? set SIBREVIEW_PG_PORT, or SIBREVIEW_DB to use another server)"
    pg_create_database "$SIB_LOCAL_DB_NAME" || exit 1
    SIBREVIEW_DB="$(pg_connection_string "$SIB_LOCAL_DB_NAME")"
    export SIBREVIEW_DB
}

# Installs client dependencies when node_modules is missing or older than the manifests.
client_dependencies() {
    local c="$SIB_CLIENT_DIR" stamp="$SIB_CLIENT_DIR/node_modules/.package-lock.json"
    [[ -f "$c/package.json" ]] || die "client/package.json not found: the web client is missing, so nothing can be built"
    command -v npm >/dev/null 2>&1 || die "npm not found: install Node.js 20 or newer"
    if [[ -f "$c/package-lock.json" ]]; then
        if [[ ! -f "$stamp" || "$c/package-lock.json" -nt "$stamp" || "$c/package.json" -nt "$stamp" ]]; then
            say "installing client dependencies (npm ci)"
            (cd "$c" && npm ci --no-audit --no-fund) >&2
        fi
    else
        # No lockfile yet: install without writing one into client/ (that file is the client's).
        say "installing client dependencies (npm install; client/package-lock.json is missing)"
        (cd "$c" && npm install --no-audit --no-fund --no-package-lock) >&2
    fi
}

# Builds the client into src/SibReview/wwwroot. It must run before the server build: the SDK
# records the static files it finds in wwwroot at build time.
client_build() {
    client_dependencies
    say "building client (npm run build)"
    (cd "$SIB_CLIENT_DIR" && npm run build) >&2
}

client_test() {
    client_dependencies
    say "testing client (npm test)"
    (cd "$SIB_CLIENT_DIR" && npm test) >&2
}

server_build() {
    require_dotnet
    say "building server (Release)"
    dotnet build "$SIB_SERVER_PROJECT" -c Release --nologo "$@" >&2
}
