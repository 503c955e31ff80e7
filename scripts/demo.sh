#!/usr/bin/env bash
# `npm run demo [-- args]`: set up, then run `ht demo` (the reference pipeline on the embedded store).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/bootstrap.sh
exec node examples/reference-pipeline/dist/cli.js demo "$@"
