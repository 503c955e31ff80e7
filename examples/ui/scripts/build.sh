#!/usr/bin/env bash
# Builds the UI (type-check, then `vite build` into dist/app/) unless it was built from the same sources:
# a hash of the inputs is kept in dist/app/.build-hash, so a warm `npm run demo` or `npm test` does not rebuild.
# `--force` rebuilds anyway.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

stamp=dist/app/.build-hash
hash=$(find src scripts index.html vite.config.ts package.json -type f -print0 | sort -z | xargs -0 sha1sum | sha1sum | cut -d' ' -f1)
if [ "${1:-}" != "--force" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$hash" ] && [ -f dist/app/index.html ]; then
  exit 0
fi
printf '[setup] building the UI (examples/ui: tsc, vite build)\n' >&2
pnpm exec tsc -p src
pnpm exec vite build --logLevel warn
printf '%s\n' "$hash" >"$stamp"
