#!/usr/bin/env bash
# Measures issue #3's speed goals for SibReview.Agreement on this machine and prints the figures:
#   - Krippendorff's alpha, nominal and interval, on 100,000 units x 10 coders with 20% of ratings missing
#     (goal: < 1 s; memory proportional to the number of ratings)
#   - beside NLTK's AnnotationTask.alpha (goal: >= 20x faster) and statsmodels' fleiss_kappa (goal: no slower)
#     on the same generated input, with values agreeing to 1e-9 (the script exits 1 when they do not)
# Builds agreement/AgreementBench (Release) into a temporary folder, so no bin/ or obj/ is written in the
# checkout; installs python3-nltk and python3-statsmodels for Debian's /usr/bin/python3 when missing.
#   ./ops/benchmarks/agreement.sh [RUNS]      (default 10 timed runs of each figure)
set -euo pipefail
SIB_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
cd "$SIB_ROOT"
# shellcheck source=ops/lib/common.sh
source ops/lib/common.sh
runs="${1:-10}"
python=/usr/bin/python3  # Debian's, which the apt packages install into (a pyenv python3 may come first on PATH)
bench=ops/benchmarks/agreement

require_dotnet
missing=()
"$python" -c 'from nltk.metrics.agreement import AnnotationTask' 2>/dev/null || missing+=(python3-nltk)
"$python" -c 'from statsmodels.stats.inter_rater import fleiss_kappa' 2>/dev/null || missing+=(python3-statsmodels)
if [[ ${#missing[@]} -gt 0 ]]; then
    [[ "$(id -u)" -eq 0 ]] || die "need root to apt-get install ${missing[*]}"
    say "installing ${missing[*]}"
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2
fi

dir="$(mktemp -d /tmp/sibreview-agreement.XXXXXX)"
trap 'rm -rf "$dir"' EXIT
say "building $bench (Release)"
dotnet build "$bench/AgreementBench.csproj" -c Release --artifacts-path "$dir/artifacts" -nologo -v q >"$dir/build.log" 2>&1 ||
    { cat "$dir/build.log" >&2; die "build failed"; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(. /etc/os-release && echo "$PRETTY_NAME"); .NET SDK $(dotnet --version); $(date -u +%F)"
# Other work on the machine slows the runs; the load average says whether there was any.
echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
dotnet "$dir/artifacts/bin/AgreementBench/release/AgreementBench.dll" "$dir" "$runs"
echo
"$python" "$bench/compare.py" "$dir" "$runs"
