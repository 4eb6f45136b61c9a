#!/usr/bin/env bash
# The release app, timed and weighed under Xvfb (run inside xvfb-run and
# dbus-run-session by bench/run.sh). Prints `name<TAB>value` lines:
# - start → first interactive paint: wall time from exec until the main
#   window reports its first view drawn (`app_ready`, printed only when
#   INTERLUDE_BENCH_READY is set), cold (first start) and warm (median of 5);
# - PSS of the whole process tree (WebKit's processes included) with the
#   window open and idle for 10 s, and started --minimized (tray only);
# all on a journal of 10,000 synthetic entries.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
bin="$1"
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT
./target/release/examples/journal_bench --fill "$data" 10000 >/dev/null


# One start: sets $ms to the milliseconds until the ready line and leaves
# the app running with its pid in $app. (Not called in $(...): the app
# would inherit the substitution's pipe and keep it waiting.)
start_once() {
  local log t0 t1
  log="$(mktemp)"
  t0=$(date +%s%N)
  INTERLUDE_BENCH_READY=1 "$bin" --data-dir "$data" "$@" >/dev/null 2>"$log" & app=$!
  for _ in $(seq 1 1000); do
    grep -q "interlude: ready" "$log" && break
    sleep 0.01
  done
  t1=$(date +%s%N)
  grep -q "interlude: ready" "$log" || { echo "the app never became ready" >&2; cat "$log" >&2; exit 1; }
  rm -f "$log"
  ms=$(((t1 - t0) / 1000000))
}

stop() { kill "$app"; wait "$app" 2>/dev/null || true; sleep 0.5; }

start_once; cold=$ms; stop
warm=()
for _ in 1 2 3 4 5; do start_once; warm+=("$ms"); stop; done
median=$(printf '%s\n' "${warm[@]}" | sort -n | sed -n 3p)
printf 'start_cold_ms\t%s\nstart_warm_ms\t%s\n' "$cold" "$median"

start_once; sleep 10
printf 'pss_window_mb\t%s\n' "$(tree_pss_mb "$app")"; stop

"$bin" --data-dir "$data" --minimized >/dev/null 2>&1 & app=$!
sleep 10
printf 'pss_tray_mb\t%s\n' "$(tree_pss_mb "$app")"; stop
