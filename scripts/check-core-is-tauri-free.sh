#!/usr/bin/env bash
# The core crate must build without Tauri (see docs/design.md): fail if any
# tauri crate appears in its normal dependency tree.
set -euo pipefail
if cargo tree -p interlude-core -e normal --prefix none | grep -E '^tauri' ; then
  echo "interlude-core depends on tauri (above); keep it Tauri-free." >&2
  exit 1
fi
echo "interlude-core is Tauri-free."
