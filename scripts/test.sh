#!/usr/bin/env bash
# `npm test`: set up everything (pnpm, dependencies, build, services), run every suite, print each suite's
# wall time and one closing line `N passed, N failed`. Arguments filter suites: `npm test -- stream-core`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/bootstrap.sh
services="node tools/services/dist/cli.js"

# Leave the services as we found them: stop at the end only those this run started.
before=$($services status --json 2>/dev/null | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{try{console.log(JSON.parse(s).filter(r=>r.state==="running").map(r=>r.name).join(" "))}catch{console.log("")}})')
stop_started() {
  if [ "${HT_KEEP_SERVICES:-0}" = "1" ]; then return; fi
  local started=()
  for name in redis clickhouse kafka schema-registry; do
    case " $before " in *" $name "*) ;; *) started+=("$name") ;; esac
  done
  if [ ${#started[@]} -gt 0 ]; then $services down "${started[@]}" || true; fi
}
trap stop_started EXIT

$services up
eval "$($services env)"
node scripts/run-suites.mjs "$@"
