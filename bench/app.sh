#!/usr/bin/env bash
# The release app, timed and weighed under Xvfb (run inside xvfb-run and
# dbus-run-session by bench/run.sh), with a tray host on the bus as a
# desktop panel provides one. Prints `name<TAB>value` lines:
# - start → first interactive paint: wall time from exec until the main
#   window reports its first view drawn (`app_ready`, printed only when
#   INTERLUDE_BENCH_READY is set), cold (first start) and warm (median of
#   5), and the same for a bare Tauri 2 window built with the same profile
#   (examples/hello_floor.rs), taking turns with the app;
# - reopening from the tray: the app already running with its window
#   closed, "Open Interlude" clicked over com.canonical.dbusmenu as a
#   panel clicks it, until the new webview's first view (median of 10);
#   and "Reflect on a session" until the reflection window's (median of 5);
# - PSS of the whole process tree (WebKit's processes included): the
#   window open and idle for 10 s; tray only, fresh and after those 10
#   open/close cycles;
# - wake-ups of the whole tree (every thread, WebKit's included), tray
#   only and with the window open and idle;
# all on a journal of 10,000 synthetic entries.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
bin="$1"
floor="$2"
desktop="$3"
idle_seconds="${BENCH_IDLE_SECONDS:-120}"
data="$(mktemp -d)"
export HOME="$data/home"; mkdir -p "$HOME"
watcher=""
trap '[ -n "$watcher" ] && kill "$watcher" 2>/dev/null; rm -rf "$data"' EXIT
./target/release/examples/journal_bench --fill "$data/journal" 10000 >/dev/null

# A tray host, as a desktop panel provides one: with it, closing the window
# leaves the app in the tray (and gives the webview's memory back).
status-notifier-watcher >/dev/null 2>&1 & watcher=$!
for _ in $(seq 1 50); do
  busctl --user status org.kde.StatusNotifierWatcher >/dev/null 2>&1 && break
  sleep 0.1
done

log="$data/app.log"
# How many times window $1 has reported its first view drawn so far.
readies() { grep -cE "interlude: ready $1( |\$)" "$log" 2>/dev/null || true; }
# The page's own part of window $1's last ready (performance.now() at its
# first view drawn: from its navigation's start).
page_ms() { grep -E "interlude: ready $1( |\$)" "$log" | tail -1 | grep -o 'page=[0-9]*' | cut -d= -f2; }
# Waits until window $1 has reported more than $2 times; sets $ms to the
# milliseconds since $t0.
wait_ready() {
  local t1
  for _ in $(seq 1 1500); do
    [ "$(readies "$1")" -gt "$2" ] && break
    sleep 0.005
  done
  t1=$(date +%s%N)
  [ "$(readies "$1")" -gt "$2" ] || { echo "the $1 window never became ready" >&2; cat "$log" >&2; exit 1; }
  ms=$(((t1 - t0) / 1000000))
}

# One start of $1 (the rest: its arguments): sets $ms to the milliseconds
# until the main window's ready line and leaves it running with its pid in
# $app. (Not called in $(...): the app would inherit the substitution's
# pipe and keep it waiting.)
start_once() {
  local what=$1; shift
  : >"$log"
  t0=$(date +%s%N)
  INTERLUDE_BENCH_READY=1 "$what" "$@" >/dev/null 2>"$log" & app=$!
  wait_ready main 0
}

stop() { kill "$app"; wait "$app" 2>/dev/null || true; sleep 0.5; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

start_once "$bin" --data-dir "$data/journal"; cold=$ms; stop
start_once "$floor"; floor_cold=$ms; stop
warm=(); warm_page=(); floor_warm=(); floor_page=()
for _ in 1 2 3 4 5; do
  start_once "$bin" --data-dir "$data/journal"; warm+=("$ms"); warm_page+=("$(page_ms main)"); stop
  start_once "$floor"; floor_warm+=("$ms"); floor_page+=("$(page_ms main)"); stop
done
printf 'start_cold_ms\t%s\nstart_warm_ms\t%s\n' "$cold" "$(printf '%s\n' "${warm[@]}" | median)"
printf 'start_warm_page_ms\t%s\n' "$(printf '%s\n' "${warm_page[@]}" | median)"
printf 'floor_cold_ms\t%s\nfloor_warm_ms\t%s\n' "$floor_cold" "$(printf '%s\n' "${floor_warm[@]}" | median)"
printf 'floor_warm_page_ms\t%s\n' "$(printf '%s\n' "${floor_page[@]}" | median)"

start_once "$bin" --data-dir "$data/journal"; sleep 10
printf 'pss_window_mb\t%s\n' "$(tree_pss_mb "$app")"
printf 'wakeups_window_per_minute\t%s\n' "$(tree_wakeups_per_minute "$app" 60)"
stop

# Tray only: started as a login starts it, then idle.
: >"$log"
INTERLUDE_BENCH_READY=1 "$bin" --data-dir "$data/journal" --minimized >/dev/null 2>"$log" & app=$!
sleep 10
printf 'pss_tray_mb\t%s\n' "$(tree_pss_mb "$app")"
printf 'wakeups_tray_per_minute\t%s\nwakeups_tray_seconds\t%s\n' \
  "$(tree_wakeups_per_minute "$app" "$idle_seconds")" "$idle_seconds"

# The tray menu, clicked over D-Bus as a panel clicks it (tests/e2e/tray.mjs
# does the same from the e2e suite). `menu_entry LABEL` finds the item, its
# menu and the entry's id ("bus path id"), so that the timed part is only
# the click itself: `menu_click` on that, one call as a panel makes it.
menu_entry() {
  local names item path menu id
  names=$(busctl --user --json=short get-property org.kde.StatusNotifierWatcher /StatusNotifierWatcher \
    org.kde.StatusNotifierWatcher RegisteredStatusNotifierItems)
  item=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["data"][-1])' "$names")
  path="${item#*/}"; item="${item%%/*}"
  if [ "$path" = "$item" ]; then
    path=$(busctl --user tree --list "$item" | grep -E 'NotificationItem/[^/]+$' | head -1)
  else
    path="/$path"
  fi
  menu=$(busctl --user --json=short get-property "$item" "$path" org.kde.StatusNotifierItem Menu |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["data"])')
  id=$(busctl --user --json=short -- call "$item" "$menu" com.canonical.dbusmenu GetLayout iias 0 -1 0 |
    python3 -c '
import json, sys
want = sys.argv[1]
def walk(node):
    i, props, children = node
    if props.get("label", {}).get("data", "").replace("_", "") == want:
        print(i); sys.exit(0)
    for c in children:
        walk(c["data"])
walk(json.load(sys.stdin)["data"][1])
sys.exit(1)' "$1")
  echo "$item $menu $id"
}
menu_click() {
  local item menu id
  read -r item menu id <<<"$1"
  busctl --user -- call "$item" "$menu" com.canonical.dbusmenu Event isvu "$id" clicked s "" 0
}
# Closes the window titled $1 as a window manager does (WM_DELETE_WINDOW).
close_window() {
  for _ in $(seq 1 50); do
    python3 tests/e2e/close_window.py "$1" && return 0
    sleep 0.1
  done
  echo "no window titled $1 to close" >&2; exit 1
}
# Waits until the tree has no web process left: the closed window's
# webview is gone, and its memory given back. (WebKit's network process
# stays for the next window.)
wait_webviews_gone() {
  for _ in $(seq 1 100); do
    tree_pids "$app" | xargs -r ps -o comm= -p | grep -q WebKitWebProces || return 0
    sleep 0.1
  done
}
# Opens window $2 from the tray entry $1, $3 times: from the click to the
# window's first view drawn, then a second idle, then closed by its title
# $4 and gone. Prints the medians as $5_ms and $5_page_ms (the page's part).
tray_cycles() {
  local entry n total=() page=()
  entry=$(menu_entry "$1")
  for _ in $(seq 1 "$3"); do
    n=$(readies "$2")
    t0=$(date +%s%N); menu_click "$entry"; wait_ready "$2" "$n"
    total+=("$ms"); page+=("$(page_ms "$2")")
    sleep 1
    close_window "$4"; wait_webviews_gone
  done
  printf '%s_ms\t%s\n%s_page_ms\t%s\n' "$5" "$(printf '%s\n' "${total[@]}" | median)" \
    "$5" "$(printf '%s\n' "${page[@]}" | median)"
}

tray_cycles "Open Interlude" main 10 "Interlude" tray_reopen
sleep 10
printf 'pss_tray_after_cycles_mb\t%s\n' "$(tree_pss_mb "$app")"
tray_cycles "Reflect on a session" reflection 5 "After your session — Interlude" reflection_window
stop

# Every page visited, then both windows: driven as the e2e suite drives it.
node bench/tour.mjs "$desktop" "$data/journal"
