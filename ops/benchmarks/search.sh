#!/usr/bin/env bash
# Measures issue #6's search goal on this machine: full-text search across 1,000 documents of 50 pages each, under
# 200 ms per query. Starts a temporary PostgreSQL cluster with durable settings (fsync on, as ./ops/run.sh runs it),
# builds search/SearchBench (Release) and generates one study of 50 cases x 20 documents x 50 pages of realistic SIB
# prose through the app's Marten store (which indexes every text as it is stored), starts the Release app on it, and
# times each representative query end to end (GET /api/studies/bench/search, first page of 10 documents, 10 words of
# context, timed by curl on loopback) after warm-ups.
#   ./ops/benchmarks/search.sh [RUNS]     (default 20 requests per query)
set -euo pipefail
SIB_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
cd "$SIB_ROOT"
source ops/benchmarks/demo-app.sh
runs="${1:-20}"

demo_app_prepare search 5099
say "building ops/benchmarks/search/SearchBench (Release)"
dotnet build ops/benchmarks/search/SearchBench.csproj -c Release --artifacts-path "$BENCH_DIR/artifacts" -nologo -v q \
    >"$BENCH_DIR/build.log" 2>&1 || { cat "$BENCH_DIR/build.log" >&2; die "build failed"; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(. /etc/os-release && echo "$PRETTY_NAME"); $("$PG_BINDIR/postgres" --version); .NET SDK $(dotnet --version); $(date -u +%F)"
dotnet "$BENCH_DIR/artifacts/bin/SearchBench/release/SearchBench.dll" generate "$SIBREVIEW_DB"
pg_psql -d sibreview -c "VACUUM ANALYZE" >/dev/null  # as autovacuum would soon after a bulk load
pg_psql -d sibreview -tAc "select format('index: %s passages, table %s (GIN index %s), texts %s',
    (select count(*) from sibreview.search_passages), pg_size_pretty(pg_total_relation_size('sibreview.search_passages')),
    pg_size_pretty(pg_relation_size('sibreview.search_passages_vector')),
    pg_size_pretty(pg_total_relation_size('sibreview.mt_doc_document_text')))"

dotnet "$SIB_SERVER_DLL" --contentRoot "$SIB_SERVER_DIR" >"$BENCH_DIR/app.log" 2>&1 &
BENCH_APP=$!
until curl -sf "$SIBREVIEW_URLS/health" >/dev/null 2>&1; do sleep 0.1; done
jar="$BENCH_DIR/cookies"
curl -sf -c "$jar" -H 'content-type: application/json' -d '{"userName":"bench","password":"sibreview-demo"}' \
    "$SIBREVIEW_URLS/api/session" >/dev/null

echo "load average before timing: $(cut -d' ' -f1-3 /proc/loadavg); $runs requests per query after 3 warm-ups (ms):"
time_query() {
    local label="$1" url="$SIBREVIEW_URLS/api/studies/bench/search?$2" counts times
    for _ in 1 2 3; do curl -sf -b "$jar" -o /dev/null "$url"; done
    counts="$(curl -sf -b "$jar" "$url" | python3 -c 'import json, sys; r = json.load(sys.stdin)
print("%d documents, %d hits on page 1" % (r["documents"], sum(d["hitCount"] for d in r["results"])))')"
    times="$(for _ in $(seq 1 "$runs"); do curl -sf -b "$jar" -o /dev/null -w '%{time_total}\n' "$url"; done |
        awk '{printf "%.1f\n", $1 * 1000}' | sort -n)"
    awk -v label="$label" -v counts="$counts" '{a[NR]=$1} END {
        printf "  %-44s median %6s  p95 %6s  max %6s   (%s)\n", label, a[int((NR+1)/2)], a[int(NR*0.95)], a[NR], counts}' <<<"$times"
}
time_query "word: partnership" "q=partnership"
time_query "prefix: co-produc*" "q=co-produc*"
time_query "phrase: theory of change" "q=theory%20of%20change"
time_query "near: co-produc* NEAR/5 users" "q=co-produc*%20NEAR/5%20users"
time_query "exact phrase: \"lived experience\"" "q=%22lived%20experience%22"
time_query "theme 3's 11 keywords" "theme=3"
time_query "common phrase: young people (60% of passages)" "q=young%20people"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
