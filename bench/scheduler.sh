#!/usr/bin/env bash
# Scheduler benchmark (a measurement, not a test): how often the reminder
# thread wakes with nothing due, and how late a due reminder reaches the
# notification daemon. Runs the real debug app, started quietly in the
# tray (--minimized), under Xvfb in a private D-Bus session with dunst.
# Prints "name<TAB>value" lines; bench/run.sh turns them into
# docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
exec xvfb-run --auto-servernum dbus-run-session -- bash bench/scheduler-session.sh "$@"
