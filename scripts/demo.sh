#!/usr/bin/env bash
# `npm run demo [-- args]`: set up, then run `ht demo` (the reference pipeline on the embedded store).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/bootstrap.sh
# With the node options of the bin's first line (`#!/usr/bin/env -S node …`), as `npx ht` runs it.
exec node --max-semi-space-size=32 examples/reference-pipeline/dist/cli.js demo "$@"
