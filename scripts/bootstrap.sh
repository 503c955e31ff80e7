#!/usr/bin/env bash
# Everything `npm test` and `npm run demo` need before they start, idempotently: the pinned pnpm, the
# workspace's dependencies from the lockfile, and a build (tsc -b, then the web UI, rebuilt only when its
# sources changed). Safe to run again; fast when nothing changed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

log() { printf '[setup] %s\n' "$*" >&2; }

node_version=$(node -p 'process.versions.node')
if ! node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)'; then
  log "Node ${node_version} is too old: @ht needs Node 20.19 or newer."
  exit 1
fi

export HT_CACHE="${HT_CACHE:-$HOME/.cache/ht}"
mkdir -p "$HT_CACHE"

pnpm_version=$(node -p 'require("./package.json").packageManager.split("@")[1]')
if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version 2>/dev/null)" != "$pnpm_version" ]; then
  # The global prefix is writable as root (the machines here); otherwise install under the cache.
  if npm install -g --no-fund --no-audit "pnpm@${pnpm_version}" >/dev/null 2>&1; then
    log "installed pnpm ${pnpm_version} with npm"
  else
    npm install --prefix "$HT_CACHE/tools" --no-fund --no-audit "pnpm@${pnpm_version}" >/dev/null
    export PATH="$HT_CACHE/tools/node_modules/.bin:$PATH"
    log "installed pnpm ${pnpm_version} under $HT_CACHE/tools"
  fi
fi

if ! out=$(pnpm install --frozen-lockfile 2>&1); then
  printf '%s\n' "$out" >&2
  log "pnpm install --frozen-lockfile failed: if a package.json changed, run 'pnpm install' and commit pnpm-lock.yaml"
  exit 1
fi
log "dependencies: $(printf '%s\n' "$out" | tail -n 1)"
log "building (tsc -b)"
pnpm exec tsc -b
bash examples/ui/scripts/build.sh
