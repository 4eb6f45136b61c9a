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
  pkill -f "${INTERLUDE_BIN:-target/debug/interlude-desktop} --data-dir" 2>/dev/null || true
  # One started as a person starts it: `interlude`, handed over by exec.
  pkill -f "^interlude --data-dir" 2>/dev/null || true
}
trap cleanup EXIT

dunst >"$artifacts/dunst.log" 2>&1 & pids+=($!)
dbus-monitor "interface='org.freedesktop.Notifications'" >"$artifacts/notifications.log" 2>&1 & pids+=($!)

# A private home: the app's exports, WebKit's caches and any config the
# desktop writes stay out of the real one.
export HOME="$(mktemp -d)"
mkdir -p "$HOME/Downloads"
trap 'cleanup; rm -rf "$HOME"' EXIT

# A login keyring on the private bus, unlocked as a desktop login unlocks
# it, for "unlock with my login" (Secret Service; the app finds it on D-Bus).
printf %s e2e-login | gnome-keyring-daemon --foreground --unlock --components=secrets \
  >"$artifacts/gnome-keyring.log" 2>&1 & pids+=($!)
for _ in $(seq 1 50); do
  dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q true && break
  sleep 0.1
done

# A tray host, as a desktop panel provides one: the app's tray item
# registers with this watcher, and tests/e2e/tray.mjs reads and clicks its
# menu over D-Bus as a panel does.
status-notifier-watcher >"$artifacts/status-notifier-watcher.log" 2>&1 & pids+=($!)
for _ in $(seq 1 50); do
  busctl --user status org.kde.StatusNotifierWatcher >/dev/null 2>&1 && break
  sleep 0.1
done

# New safety plans start with the crisis lines of one known region. Set
# before tauri-driver starts: the app inherits its environment.
export INTERLUDE_REGION=GB
# English, whatever the machine speaks: the tests read the app's words, and
# tests/e2e/language.test.mjs switches to German through Settings itself.
export LANG=C.UTF-8
unset LC_ALL LC_MESSAGES LANGUAGE

port="${TAURI_DRIVER_PORT:-4444}"
tauri-driver --port "$port" --native-port $((port + 1)) >"$artifacts/tauri-driver.log" 2>&1 & pids+=($!)
for _ in $(seq 1 100); do
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
  sleep 0.1
done

# The desktop binary, which the driver starts (and which does terminal
# commands too), and the `interlude` command a person types, which hands
# over to it when given no command.
export INTERLUDE_BIN="${INTERLUDE_BIN:-$PWD/target/debug/interlude-desktop}"
export INTERLUDE_CLI="${INTERLUDE_CLI:-$PWD/target/debug/interlude}"
export WEBDRIVER_URL="http://127.0.0.1:$port"
export E2E_ARTIFACTS="$artifacts"
[ $# -gt 0 ] || set -- tests/e2e/*.test.mjs

# No network, in two parts (tests/e2e/sockets.py watches the app's whole
# process tree, WebKit's processes included, every 0.2 s):
# 1. The app as a person starts it (no driver), with the `interlude`
#    command, which hands over to the desktop binary: a window, then a
#    second launch that brings it forward, idle seconds with the reminder thread
#    running. Not one inet or inet6 socket may appear.
# 2. The full driven suite. WebKitWebDriver reaches the app through WebKit's
#    automation channel, which is loopback TCP, so there only sockets whose
#    both ends are on loopback are allowed; any other address fails the run.
inet_report() { echo "$(($(wc -l <"$1") - 1)) inet sockets ($(tail -1 "$1"))"; }
status=0

alone="$(mktemp -d)"
rm -f "$artifacts/.sockets-stop"
python3 tests/e2e/sockets.py "$INTERLUDE_BIN" "$artifacts/sockets-alone.txt" "$artifacts/.sockets-stop" &
watcher=$!
INTERLUDE_BENCH_READY=1 "$INTERLUDE_CLI" --data-dir "$alone" >"$artifacts/alone.log" 2>&1 &
app=$!
sleep 8
if ! grep -q "interlude: ready" "$artifacts/alone.log"; then
  echo "The app on its own never drew its first view." >&2
  status=1
fi
"$INTERLUDE_CLI" --data-dir "$alone" >/dev/null 2>&1 || true
sleep 4
kill "$app" 2>/dev/null || true
wait "$app" 2>/dev/null || true
touch "$artifacts/.sockets-stop"
wait "$watcher"
rm -rf "$alone" "$artifacts/.sockets-stop"
echo "The app on its own: $(inet_report "$artifacts/sockets-alone.txt")"
if [ "$(wc -l <"$artifacts/sockets-alone.txt")" -ne 1 ]; then
  echo "The app opened inet sockets on its own:" >&2
  cat "$artifacts/sockets-alone.txt" >&2
  status=1
fi
case "$(tail -1 "$artifacts/sockets-alone.txt")" in
  "samples 0 "*) echo "The socket watcher never saw the app running." >&2; status=1 ;;
esac

python3 tests/e2e/sockets.py "$INTERLUDE_BIN" "$artifacts/sockets.txt" "$artifacts/.sockets-stop" &
watcher=$!
node --test --test-concurrency=1 "$@" || status=$?
touch "$artifacts/.sockets-stop"
wait "$watcher"
rm -f "$artifacts/.sockets-stop"
echo "The driven suite: $(inet_report "$artifacts/sockets.txt"), all must be loopback"
loopback='(127\.[0-9.]+|::1|0\.0\.0\.0|::):[0-9]+'
if grep -v '^samples ' "$artifacts/sockets.txt" | grep -Ev -- "^[0-9]+ [^ ]+ [a-z0-9]+ $loopback -> $loopback\$" >&2; then
  echo "The app reached beyond loopback during the run (above)." >&2
  status=1
fi
if grep -v '^samples ' "$artifacts/sockets.txt" | grep -E -- "^[0-9]+ [^ ]+ [a-z0-9]+ (0\.0\.0\.0|::):" >&2; then
  echo "The app listened on every interface during the run (above)." >&2
  status=1
fi
exit "$status"
