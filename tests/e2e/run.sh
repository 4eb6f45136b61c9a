#!/usr/bin/env bash
# End-to-end: the real debug binary, driven through tauri-driver and
# WebKitWebDriver, on a virtual X display, inside a private D-Bus session
# with a real notification daemon. Screenshots land in tests/e2e/artifacts/.
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p tests/e2e/artifacts
exec xvfb-run --auto-servernum --server-args="-screen 0 1280x800x24" \
  dbus-run-session -- bash tests/e2e/session.sh "$@"
