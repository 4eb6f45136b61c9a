# Shared by the bench scripts (sourced, not run).

# PSS in MB of process $1 and its descendants (WebKit's web and network
# processes are children of children), from /proc/PID/smaps_rollup.
tree_pss_mb() {
  local root=$1 pids kb=0
  pids="$(ps -o pid= --ppid "$root" 2>/dev/null; echo "$root")"
  for p in $pids; do pids="$pids $(ps -o pid= --ppid "$p" 2>/dev/null)"; done
  for p in $(echo "$pids" | tr ' ' '\n' | sort -u); do
    [ -r "/proc/$p/smaps_rollup" ] || continue
    kb=$((kb + $(awk '/^Pss:/ {print $2}' "/proc/$p/smaps_rollup")))
  done
  awk -v kb="$kb" 'BEGIN { printf "%.1f", kb / 1024 }'
}

# The pids of process $1 and all its descendants, one per line.
tree_pids() {
  local root=$1 pids
  pids="$root"
  for p in $(ps -o pid= --ppid "$root" 2>/dev/null); do pids="$pids $(tree_pids "$p")"; done
  echo "$pids" | tr ' ' '\n' | sed '/^$/d'
}


# Wake-ups per minute of process $1's whole tree over $2 seconds
# (bench/wakeups.py says how they are counted).
tree_wakeups_per_minute() { python3 "$(dirname "${BASH_SOURCE[0]}")/wakeups.py" "$1" "$2"; }
