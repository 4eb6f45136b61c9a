#!/usr/bin/env bash
set -euo pipefail
minutes="${BENCH_IDLE_MINUTES:-3}"
bin="$PWD/target/debug/interlude"
work="$(mktemp -d)"
export HOME="$work/home"; mkdir -p "$HOME"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
dunst >/dev/null 2>&1 & pids+=($!)
dbus-monitor "interface='org.freedesktop.Notifications',member='Notify'" >"$work/bus.log" 2>&1 & pids+=($!)

# 1. Idle: an empty journal, nothing scheduled.
"$bin" --data-dir "$work/idle" --minimized >/dev/null 2>&1 & app=$!; pids+=($app)
sleep 3
tid=""
for t in /proc/$app/task/*; do
  if grep -q '^interlude-remin' "$t/comm" 2>/dev/null; then tid="${t##*/}"; fi
done
[ -n "$tid" ] || { echo "no reminder thread found" >&2; exit 1; }
switches() { awk '/^voluntary_ctxt_switches/ {v=$2} /^nonvoluntary_ctxt_switches/ {n=$2} END {print v+n}' "/proc/$app/task/$tid/status"; }
before=$(switches)
sleep $((minutes * 60))
after=$(switches)
awk -v d=$((after - before)) -v m="$minutes" 'BEGIN { printf "idle_wakeups_per_minute\t%.2f\n", d / m }'
printf 'idle_minutes_measured\t%s\n' "$minutes"
# Proportional memory of the whole process tree, tray only (no window).
tree() { echo "$1"; for c in $(pgrep -P "$1"); do tree "$c"; done; }
pss=0
for p in $(tree "$app"); do
  kb=$(awk '/^Pss:/ {print $2}' "/proc/$p/smaps_rollup" 2>/dev/null || echo 0)
  pss=$((pss + ${kb:-0}))
done
awk -v k="$pss" 'BEGIN { printf "tray_only_pss_mb\t%.1f\n", k / 1024 }'
kill "$app"; wait "$app" 2>/dev/null || true

# 2. Latency: a plan whose usual time is the next whole minute (imported
#    through the CLI, as any export would be), app started in the tray.
#    In a time zone where it is now about noon: the default quiet hours
#    (22:00–07:00) would rightly hold a reminder due at night, and a bench
#    run at 04:00 UTC measured nothing.
utc_hour=$(date -u +%H)
off=$(( (12 - 10#$utc_hour + 24) % 24 )); [ "$off" -gt 12 ] && off=$((off - 24))
if [ "$off" -ge 0 ]; then export TZ="Etc/GMT-$off"; else export TZ="Etc/GMT+$((-off))"; fi
due_epoch=$(( ( $(date +%s) / 60 + 2 ) * 60 ))
due_local=$(date -d "@$due_epoch" +%H:%M)
today=$(date +%Y-%m-%d)
cat >"$work/plan.json" <<JSON
{"format":"interlude-export","version":2,"reflections":[],"plans":[{
 "uid":"4f1c2a10-0000-4000-8000-000000000001","action":"bench","amount":null,"unit":null,
 "frequency":{"kind":"daily"},"cue":"","cueTime":"$due_local","startDate":"$today","endDate":null,
 "practice":null,"fromReflectionUid":null,"status":"active","pauses":[],"days":[],
 "createdAt":"${today}T00:00:00Z","updatedAt":"${today}T00:00:00Z"}],"compassionBreaks":[]}
JSON
"$bin" import --data-dir "$work/latency" "$work/plan.json" >/dev/null
"$bin" --data-dir "$work/latency" --minimized >/dev/null 2>&1 & app=$!; pids+=($app)
for _ in $(seq 1 200); do
  grep -q 'Time for your practice' "$work/bus.log" 2>/dev/null && break
  sleep 1
done
# dbus-monitor stamps each message: "method call time=1700000000.123456 …"
shown=$(grep -B20 'Time for your practice' "$work/bus.log" | grep -o 'time=[0-9.]*' | tail -1 | cut -d= -f2)
[ -n "$shown" ] || { echo "the reminder never reached the bus" >&2; exit 1; }
awk -v s="$shown" -v d="$due_epoch" 'BEGIN { printf "due_to_notification_seconds\t%.3f\n", s - d }'
