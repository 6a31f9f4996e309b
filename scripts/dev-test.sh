#!/usr/bin/env bash
# For developers working in a shared tree: compile everything (emitting even when someone
# else's file has a type error), then run only the named test files or folders.
#   scripts/dev-test.sh test/unit/summary.test.ts test/integration
set -u
cd "$(dirname "$0")/.."
npx tsc -p tsconfig.json >/tmp/kp-tsc-$$.log 2>&1 || { echo "(tsc reported errors; showing those in your files only if any)"; grep -E "$(printf '%s|' "$@" | sed 's/|$//;s/\.ts//g')" /tmp/kp-tsc-$$.log || true; }
rm -f /tmp/kp-tsc-$$.log
node scripts/copy-generated.mjs
exec node scripts/run-tests.mjs "$@"
