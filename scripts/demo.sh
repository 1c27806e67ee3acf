#!/usr/bin/env bash
# The README's first command: on a fresh clone with only Node and npm, install what is needed,
# build, and walk all of Provena against an in-process provena-local (`pnpm demo`).
# Arguments go to the demo (e.g. --json, or --domain/--realm for a real deployment).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/toolchain.sh
pnpm install --frozen-lockfile
pnpm demo "$@"
