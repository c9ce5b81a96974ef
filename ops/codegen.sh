#!/usr/bin/env bash
# Regenerates Wolverine's endpoint adapters into src/SibReview/Internal/Generated (committed; the
# app runs them in TypeLoadMode.Static). Run it after adding or changing an endpoint.
#   ./ops/codegen.sh           write the generated code
#   ./ops/codegen.sh --check   fail if the committed generated code is stale (CI runs this)
set -euo pipefail
SIB_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
generated="src/SibReview/Internal/Generated"
cd "$SIB_ROOT"

# Generated code that no longer compiles against changed endpoints would stop the very build that regenerates it.
rm -rf "$generated"
dotnet build src/SibReview/SibReview.csproj -c Debug --nologo -v q >&2
# Generating needs no database; a connection string must still be present for the store's configuration.
(cd src/SibReview && SIBREVIEW_DB="Host=127.0.0.1;Port=1;Database=codegen" \
    dotnet run --no-build -c Debug -- codegen write >/dev/null)

if [[ "${1:-}" == "--check" ]]; then
    if ! git diff --quiet -- "$generated" || [[ -n "$(git ls-files --others --exclude-standard -- "$generated")" ]]; then
        git status --short -- "$generated" >&2
        echo "error: the generated Wolverine code is stale; run ./ops/codegen.sh and commit $generated" >&2
        exit 1
    fi
    echo "generated code is up to date" >&2
fi
