#!/usr/bin/env bash
# `make bench`: builds the debug app and writes docs/benchmarks.md with
# the date, the machine, the commit and how each figure was measured.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build -p interlude >/dev/null
results="$(bash bench/scheduler.sh)"
value() { printf '%s\n' "$results" | awk -F'\t' -v k="$1" '$1 == k { print $2 }'; }
{
  echo "# Benchmarks"
  echo
  echo "Written by \`make bench\` on $(date -u +%Y-%m-%d) at commit $(git rev-parse --short HEAD)"
  echo "on $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr)."
  echo "Figures, not test assertions: machines here are noisy."
  echo
  echo "## Scheduler"
  echo
  echo "| figure | value | target | how |"
  echo "| --- | --- | --- | --- |"
  echo "| reminder-thread wake-ups per minute, nothing due | $(value idle_wakeups_per_minute) | ≤ 1 | context switches of the \`interlude-reminders\` thread (/proc/PID/task/TID/status) over $(value idle_minutes_measured) minutes, app started with \`--minimized\` on an empty journal |"
  echo "| memory, tray only (window closed) | $(value tray_only_pss_mb) MB | ≤ 90 MB | PSS summed over the app's process tree from /proc/PID/smaps_rollup after the idle minutes, debug build |"
  echo "| due time → notification on the bus | $(value due_to_notification_seconds) s | < 1 s | a plan due at a whole minute; dbus-monitor's timestamp of the Notify call minus the due time |"
} > docs/benchmarks.md
cat docs/benchmarks.md
