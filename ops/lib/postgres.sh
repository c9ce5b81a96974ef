# shellcheck shell=bash disable=SC2034  # PG_* variables are read by the sourcing scripts
# Local PostgreSQL clusters for SibReview's scripts. Sourced; defines functions only.
#
# One cluster lives in one directory DIR:
#   DIR/data/          PGDATA, owned by the OS user that runs the server
#   DIR/run/           unix socket directory, mode 0700
#   DIR/postgres.log   server log
#   DIR/password       superuser password (durable clusters only), mode 0600
#
# Authentication, and why:
# - Durable clusters (ops/run.sh, ops/sibreview; data kept under .data/) may stay up for hours,
#   so TCP on 127.0.0.1 asks for scram-sha-256 with a password generated at initdb. `trust` on
#   loopback would let every local account log in as superuser, and a superuser can run
#   programs as the postgres OS user (COPY ... TO PROGRAM). The scripts themselves use the unix
#   socket, which is trusted but sits in a 0700 directory only its owner (and root) can enter.
# - Throwaway test clusters (ops/test.sh) use trust: they live for one test run on a random port
#   with fsync off and hold nothing worth protecting, and a password-free connection string
#   keeps test fixtures simple (Npgsql drops the password from an opened connection's
#   ConnectionString, a classic source of flaky per-class database fixtures).
#
# Server processes run as `postgres` when the caller is root (initdb and pg_ctl refuse root),
# otherwise as the calling user. The superuser role is always named `postgres`.
#
# After pg_start_cluster: PG_BINDIR, PG_DIR, PG_PORT, PG_SOCKDIR, PG_PASSWORD (may be empty),
# PG_STARTED (1 when this call started the server, 0 when it reused a running one).

PG_BINDIR="${PG_BINDIR:-}"
PG_STARTED=0

_pg_say() { printf '==> %s\n' "$*" >&2; }
_pg_warn() { printf 'warning: %s\n' "$*" >&2; }

# Sets PG_BINDIR to a directory holding initdb, pg_ctl, postgres, psql and pg_isready.
# Prefers the newest /usr/lib/postgresql/N/bin (Debian layout), then pg_ctl on PATH.
pg_find_bindir() {
    local d candidate
    candidate="$(for d in /usr/lib/postgresql/*/bin; do
        if [[ -x "$d/initdb" && -x "$d/pg_ctl" && -x "$d/postgres" ]]; then printf '%s\n' "$d"; fi
    done | sort -V | tail -n 1)"
    if [[ -z "$candidate" ]] && command -v pg_ctl >/dev/null 2>&1; then
        d="$(dirname "$(readlink -f "$(command -v pg_ctl)")")"
        [[ -x "$d/initdb" && -x "$d/postgres" ]] && candidate="$d"
    fi
    [[ -n "$candidate" ]] || return 1
    PG_BINDIR="$candidate"
}

_pg_apt_install() {
    local sudo=()
    if [[ "$(id -u)" -ne 0 ]]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            printf 'error: PostgreSQL is not installed and this user cannot install it.\n' >&2
            printf '       Install it (apt-get install postgresql), or set SIBREVIEW_DB.\n' >&2
            return 1
        fi
    fi
    if ! command -v apt-get >/dev/null 2>&1; then
        printf 'error: PostgreSQL is not installed and apt-get is unavailable; install PostgreSQL 14+ or set SIBREVIEW_DB.\n' >&2
        return 1
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q >&2
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
        -o DPkg::Lock::Timeout=300 --no-install-recommends "$@" >&2
}

# Installs Debian's postgresql package when no server binaries are found. The package may
# create and try to start its own cluster `main` on 5432; the scripts never use it.
ensure_postgres_installed() {
    pg_find_bindir && return 0
    _pg_say "installing PostgreSQL (apt-get install postgresql)"
    _pg_apt_install postgresql || return 1
    pg_find_bindir || { printf 'error: postgresql installed but no server binaries found under /usr/lib/postgresql\n' >&2; return 1; }
}

# Runs a command as the cluster's OS user, from / so an unreadable cwd (e.g. /root) is harmless.
_pg_as_owner() {
    if [[ "$(id -u)" -eq 0 ]]; then
        (cd / && runuser -u postgres -- "$@")
    else
        (cd / && "$@")
    fi
}

_pg_owner() { if [[ "$(id -u)" -eq 0 ]]; then echo postgres; else id -un; fi; }

# True when the cluster in DIR has a live server.
pg_cluster_running() {
    local dir="$1" pid
    [[ -f "$dir/data/postmaster.pid" ]] || return 1
    # After a crash or reboot a stale postmaster.pid may name a PID that now belongs to some
    # other program; pg_ctl status would call that running.
    pid="$(_pg_pid_line "$dir" 1)"
    if [[ -d /proc/1 && -n "$pid" ]]; then
        [[ "$(cat "/proc/$pid/comm" 2>/dev/null)" == postgres ]] || return 1
    fi
    _pg_as_owner "$PG_BINDIR/pg_ctl" -D "$dir/data" status >/dev/null 2>&1
}

# Line N of a running cluster's postmaster.pid (4 = port, 5 = socket directory).
_pg_pid_line() { sed -n "${2}p" "$1/data/postmaster.pid" 2>/dev/null; }

_pg_port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

pg_wait_ready() {
    local i
    for ((i = 0; i < 60; i++)); do
        "$PG_BINDIR/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" -t 1 && return 0
        sleep 0.5
    done
    printf 'error: PostgreSQL on 127.0.0.1:%s did not become ready; log: %s\n' "$PG_PORT" "$PG_DIR/postgres.log" >&2
    return 1
}

# pg_start_cluster DIR PORT durable|throwaway
# Creates the cluster on first use, starts it, or reuses it when it is already running (then the
# port it actually listens on wins over PORT).
pg_start_cluster() {
    local dir="$1" port="$2" mode="$3" owner opts sockdir
    [[ "$mode" == durable || "$mode" == throwaway ]] || { printf 'pg_start_cluster: bad mode %s\n' "$mode" >&2; return 2; }
    [[ -n "$PG_BINDIR" ]] || pg_find_bindir || { printf 'error: PostgreSQL server binaries not found\n' >&2; return 1; }
    mkdir -p "$dir"
    dir="$(cd "$dir" && pwd -P)"
    PG_DIR="$dir"
    PG_STARTED=0
    PG_PASSWORD=""
    [[ -f "$dir/password" ]] && PG_PASSWORD="$(cat "$dir/password")"

    if pg_cluster_running "$dir"; then
        PG_PORT="$(_pg_pid_line "$dir" 4)"
        PG_SOCKDIR="$(_pg_pid_line "$dir" 5)"
        [[ "$PG_PORT" == "$port" ]] || _pg_warn "cluster in $dir is already running on port $PG_PORT (not $port); using it"
        _pg_say "reusing running PostgreSQL ($dir, port $PG_PORT)"
        pg_wait_ready
        return
    fi

    owner="$(_pg_owner)"
    chmod 0700 "$dir"
    if [[ "$(id -u)" -eq 0 ]]; then
        id postgres >/dev/null 2>&1 || { printf 'error: there is no postgres OS user to run the server as (is the postgresql package installed?)\n' >&2; return 1; }
        chown postgres: "$dir"
        if ! runuser -u postgres -- test -w "$dir" 2>/dev/null; then
            printf 'error: the postgres OS user cannot reach %s\n' "$dir" >&2
            printf '       (a parent directory such as a 0700 home directory blocks it). Either grant\n' >&2
            printf '       traverse permission (e.g. chmod o+x on each parent), run as a non-root user,\n' >&2
            printf '       or point SIBREVIEW_DB at an existing PostgreSQL.\n' >&2
            return 1
        fi
    fi

    if [[ ! -f "$dir/data/PG_VERSION" ]]; then
        _pg_say "creating PostgreSQL cluster in $dir/data ($mode)"
        local initdb=("$PG_BINDIR/initdb" -D "$dir/data" -U postgres -E UTF8 --locale=C.UTF-8)
        if [[ "$mode" == durable ]]; then
            (umask 077 && head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' >"$dir/password")
            [[ "$owner" == postgres ]] && chown postgres: "$dir/password"
            PG_PASSWORD="$(cat "$dir/password")"
            initdb+=(--auth-local=trust --auth-host=scram-sha-256 --pwfile="$dir/password")
        else
            initdb+=(--auth=trust --no-sync)
        fi
        if ! _pg_as_owner "${initdb[@]}" >"$dir/initdb.log" 2>&1; then
            cat "$dir/initdb.log" >&2
            printf 'error: initdb failed\n' >&2
            return 1
        fi
    fi

    # Unix socket paths are limited to 107 bytes; fall back to a private temp directory.
    sockdir="$dir/run"
    if (( ${#sockdir} + 20 > 100 )); then
        sockdir="$(mktemp -d /tmp/sibreview-pg.XXXXXX)"
    else
        mkdir -p "$sockdir"
    fi
    chmod 0700 "$sockdir"
    [[ "$owner" == postgres ]] && chown postgres: "$sockdir"
    [[ "$owner" == postgres ]] && { touch "$dir/postgres.log"; chown postgres: "$dir/postgres.log"; }

    opts="-c listen_addresses=127.0.0.1 -p $port -k '$sockdir'"
    if [[ "$mode" == durable ]]; then
        opts+=" -c fsync=on -c synchronous_commit=on -c full_page_writes=on"
    else
        # Test databases are created per test class and thrown away: durability buys nothing.
        opts+=" -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300"
    fi

    _pg_say "starting PostgreSQL on 127.0.0.1:$port ($mode, data in $dir/data)"
    if ! _pg_as_owner "$PG_BINDIR/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 -o "$opts" start >/dev/null; then
        if pg_cluster_running "$dir"; then
            # Another script started it at the same moment.
            PG_PORT="$(_pg_pid_line "$dir" 4)"
            PG_SOCKDIR="$(_pg_pid_line "$dir" 5)"
            pg_wait_ready
            return
        fi
        tail -n 20 "$dir/postgres.log" >&2 || true
        printf 'error: PostgreSQL failed to start (log: %s)\n' "$dir/postgres.log" >&2
        [[ "$sockdir" == /tmp/sibreview-pg.* ]] && rmdir "$sockdir" 2>/dev/null
        return 1
    fi
    PG_PORT="$port"
    PG_SOCKDIR="$sockdir"
    PG_STARTED=1
    pg_wait_ready
}

# pg_stop_cluster DIR: fast shutdown (rolls back open transactions, durable data stays).
pg_stop_cluster() {
    local dir="$1" sockdir
    [[ -n "$PG_BINDIR" ]] || pg_find_bindir || return 0
    pg_cluster_running "$dir" || return 0
    sockdir="$(_pg_pid_line "$dir" 5)"
    _pg_say "stopping PostgreSQL ($dir)"
    _pg_as_owner "$PG_BINDIR/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop >/dev/null
    [[ "$sockdir" == /tmp/sibreview-pg.* ]] && rm -rf "$sockdir"
    return 0
}

# psql as the superuser over the cluster's unix socket (no password needed there).
pg_psql() {
    "$PG_BINDIR/psql" -X -q -v ON_ERROR_STOP=1 -h "$PG_SOCKDIR" -p "$PG_PORT" -U postgres "$@"
}

# pg_create_database NAME: creates the database unless it exists.
pg_create_database() {
    local name="$1"
    [[ "$name" =~ ^[a-z_][a-z0-9_]*$ ]] || { printf 'pg_create_database: unsafe name %s\n' "$name" >&2; return 2; }
    if [[ "$(pg_psql -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$name'")" != 1 ]]; then
        _pg_say "creating database $name"
        pg_psql -d postgres -c "CREATE DATABASE \"$name\""
    fi
}

# pg_connection_string DB: Npgsql connection string for the running cluster over TCP.
pg_connection_string() {
    local cs="Host=127.0.0.1;Port=$PG_PORT;Database=$1;Username=postgres"
    [[ -n "$PG_PASSWORD" ]] && cs+=";Password=$PG_PASSWORD"
    printf '%s\n' "$cs"
}

# pg_free_port: a TCP port on 127.0.0.1 that nothing listens on right now.
pg_free_port() {
    local port i
    for ((i = 0; i < 50; i++)); do
        port=$((20000 + RANDOM % 40000))
        _pg_port_in_use "$port" || { printf '%s\n' "$port"; return 0; }
    done
    return 1
}
