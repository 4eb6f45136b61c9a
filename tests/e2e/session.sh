#!/usr/bin/env bash
# Runs inside xvfb-run and dbus-run-session (see run.sh): starts the
# notification daemon, a D-Bus monitor that records notifications, and
# tauri-driver; runs the node suite; stops everything it started.
set -euo pipefail
artifacts="$PWD/tests/e2e/artifacts"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  # An app left behind by a failed test would hold its window open.
  pkill -f "${INTERLUDE_BIN:-target/debug/interlude} --data-dir" 2>/dev/null || true
}
trap cleanup EXIT

dunst >"$artifacts/dunst.log" 2>&1 & pids+=($!)
dbus-monitor "interface='org.freedesktop.Notifications'" >"$artifacts/notifications.log" 2>&1 & pids+=($!)

# A private home: the app's exports, WebKit's caches and any config the
# desktop writes stay out of the real one.
export HOME="$(mktemp -d)"
mkdir -p "$HOME/Downloads"
trap 'cleanup; rm -rf "$HOME"' EXIT

# New safety plans start with the crisis lines of one known region. Set
# before tauri-driver starts: the app inherits its environment.
export INTERLUDE_REGION=GB

port="${TAURI_DRIVER_PORT:-4444}"
tauri-driver --port "$port" --native-port $((port + 1)) >"$artifacts/tauri-driver.log" 2>&1 & pids+=($!)
for _ in $(seq 1 100); do
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
  sleep 0.1
done

export INTERLUDE_BIN="${INTERLUDE_BIN:-$PWD/target/debug/interlude}"
export WEBDRIVER_URL="http://127.0.0.1:$port"
export E2E_ARTIFACTS="$artifacts"
[ $# -gt 0 ] || set -- tests/e2e/*.test.mjs
node --test --test-concurrency=1 "$@"
