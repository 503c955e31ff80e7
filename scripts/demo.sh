#!/usr/bin/env bash
# `npm run demo [-- args]`: set up, then run `ht demo` (the reference pipeline on the embedded store).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/bootstrap.sh
# The node options on the bin's first line (`#!/usr/bin/env -S node …`), as `npx ht` runs it.
cli=examples/reference-pipeline/dist/cli.js
read -ra flags < <(sed -n '1s|^#!/usr/bin/env -S node||p' "$cli")
exec node "${flags[@]}" "$cli" demo "$@"
