#!/usr/bin/env bash
# Peers, in the same run (inside xvfb-run and dbus-run-session):
# - jrnl (PyPI): searching and adding at 10,000 entries, against
#   `interlude search` / `interlude note` on the same text;
# - RedNotebook (Debian): start until its window shows, and PSS after 10 s.
# Prints `name<TAB>value` lines. Installs the two when missing.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
bin="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
command -v jrnl >/dev/null || pip install --quiet jrnl >/dev/null 2>&1
command -v rednotebook >/dev/null || {
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends rednotebook >/dev/null
}

# The same 10,000 synthetic entries for both.
./target/release/examples/journal_bench --fill "$work/interlude" 10000 >/dev/null
"$bin" export --data-dir "$work/interlude" --include-private > "$work/export.json"
python3 - "$work/export.json" "$work/journal.txt" <<'PY'
import json, sys
from datetime import datetime
data = json.load(open(sys.argv[1]))
rows = []
for kind, at, text in (
    [("r", r["sessionAt"], r["takeaway"] + " " + r["focus"]) for r in data["reflections"]]
    + [("m", m["occurredAt"], m["situation"] + " " + m["selfTalk"] + " " + m["friend"]) for m in data["moments"]]
    + [("c", c["at"], c["note"]) for c in data["checkins"]]
    + [("n", n["at"], n["text"]) for n in data["notes"]]):
    rows.append((datetime.fromisoformat(at), text))
rows.sort()
with open(sys.argv[2], "w") as f:
    for at, text in rows:
        f.write(f"[{at.strftime('%Y-%m-%d %I:%M:%S %p')}] {text}\n\n")
print(len(rows), file=sys.stderr)
PY
mkdir -p "$work/config/jrnl"
cat > "$work/config/jrnl/jrnl.yaml" <<YAML
colors: {body: none, date: none, tags: none, title: none}
default_hour: 9
default_minute: 0
editor: ''
encrypt: false
highlight: false
indent_character: '|'
journals:
  default:
    journal: $work/journal.txt
linewrap: 79
tagsymbols: '#@'
template: false
timeformat: '%Y-%m-%d %I:%M:%S %p'
version: v4.6
YAML
export XDG_CONFIG_HOME="$work/config"

# Whole commands, timed by bench/timeit.py (posix_spawn, median; a shell's
# `date` calls would be as large as a 5 ms command). Four in the same run:
# jrnl; `interlude` (the CLI binary, no GUI toolkit); the desktop binary
# doing the same command (how `interlude` ran before the split: the same
# code, with GTK and WebKit mapped by the loader); and the floor, a Rust
# binary linking only the core (src-tauri/core/examples/cli_floor.rs).
desktop="$(dirname "$bin")/interlude-desktop"
floor=./target/release/examples/cli_floor
printf 'jrnl_search_ms\t%s\n' "$(python3 bench/timeit.py 7 jrnl -contains meeting -n 50)"
printf 'interlude_search_ms\t%s\n' "$(python3 bench/timeit.py 21 "$bin" search meeting --limit 50 --data-dir "$work/interlude")"
printf 'desktop_search_ms\t%s\n' "$(python3 bench/timeit.py 21 "$desktop" search meeting --limit 50 --data-dir "$work/interlude")"
printf 'floor_search_ms\t%s\n' "$(python3 bench/timeit.py 21 "$floor" "$work/interlude" search meeting)"
printf 'interlude_version_ms\t%s\n' "$(python3 bench/timeit.py 21 "$bin" --version)"
printf 'desktop_version_ms\t%s\n' "$(python3 bench/timeit.py 21 "$desktop" --version)"
printf 'interlude_libs\t%s\n' "$(ldd "$bin" | wc -l)"
printf 'desktop_libs\t%s\n' "$(ldd "$desktop" | wc -l)"
# Search itself, without process start: jrnl has no index, so its search is
# reading and parsing the journal file then filtering it (what every
# `jrnl -contains` does); timed inside Python, median of 5. Interlude's
# in-process figure is journal_bench's search_meeting_p50_ms.
python3 - "$work/config/jrnl/jrnl.yaml" <<'PY'
import statistics, sys, time
from jrnl.config import load_config, scope_config
from jrnl.journals.Journal import open_journal
config = scope_config(load_config(sys.argv[1]), "default")
times = []
for _ in range(5):
    t0 = time.perf_counter()
    journal = open_journal("default", config)
    journal.filter(contains=["meeting"])
    journal.limit(50)
    times.append((time.perf_counter() - t0) * 1000)
print(f"jrnl_search_inprocess_ms\t{statistics.median(times):.1f}")
PY
printf 'jrnl_add_ms\t%s\n' "$(python3 bench/timeit.py 7 jrnl "A new entry about the walk by the river")"
printf 'interlude_add_ms\t%s\n' "$(python3 bench/timeit.py 21 "$bin" note "A new entry about the walk by the river" --data-dir "$work/interlude")"
printf 'floor_add_ms\t%s\n' "$(python3 bench/timeit.py 21 "$floor" "$work/interlude" note "A new entry about the walk by the river")"

home="$work/rn-home"; mkdir -p "$home"
t0=$(date +%s%N)
HOME="$home" rednotebook >/dev/null 2>&1 & rn=$!
for _ in $(seq 1 3000); do
  xwininfo -root -tree 2>/dev/null | grep -q "RedNotebook" && break
  sleep 0.01
done
t1=$(date +%s%N)
printf 'rednotebook_start_ms\t%s\n' $(((t1 - t0) / 1000000))
sleep 10
printf 'rednotebook_pss_mb\t%s\n' "$(tree_pss_mb "$rn")"
kill "$rn"; wait "$rn" 2>/dev/null || true
